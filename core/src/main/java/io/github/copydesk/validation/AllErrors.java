package io.github.copydesk.validation;

import jakarta.validation.groups.Default;

/**
 * The Bean Validation group of every profile's errors: the publishable rules ({@link Default}),
 * Google Search's errors ({@link GoogleSearch.Errors}) and the editorial errors ({@link Editorial.Errors},
 * such as a quote that does not appear in the body word for word). One group, so a framework that
 * rejects on any violation ({@code @Validated(AllErrors.class)} in Spring) rejects on errors alone and
 * checks all of them in one pass; warnings and information are in no error group.
 *
 * @see SearchReady
 */
public interface AllErrors extends Default, GoogleSearch.Errors, Editorial.Errors {
}
