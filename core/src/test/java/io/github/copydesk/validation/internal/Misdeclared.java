package io.github.copydesk.validation.internal;

import io.github.copydesk.validation.Rule;
import io.github.copydesk.validation.constraints.NoMarkup;
import io.github.copydesk.validation.constraints.Required;

/**
 * A test model that declares rules wrongly, for {@code RuleTest}'s audit to find: a rule that has a
 * registry check declared again as a field constraint, in the wrong group; a rule declared by a
 * second kind of constraint. (In this package because it is opened to the provider, as the model is.)
 *
 * @param image declares {@code google.image.expected}
 * @param url declares {@code publishable.url.required} a second way
 */
public record Misdeclared(
        @Required(rule = Rule.GOOGLE_IMAGE_EXPECTED) String image,
        @NoMarkup(rule = Rule.URL_REQUIRED) String url) {
}
