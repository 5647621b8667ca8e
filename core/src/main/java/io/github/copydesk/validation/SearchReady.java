package io.github.copydesk.validation;

import jakarta.validation.groups.Default;

/**
 * The Bean Validation group of what blocks an article from going out as a first-class search result:
 * the publishable rules ({@link Default}) and Google Search's errors ({@link GoogleSearch.Errors}), in
 * one group, as Bean Validation's group inheritance checks every group a group extends. Warnings and
 * information are not in it, so a framework that rejects on any violation rejects on errors alone:
 *
 * <pre>{@code
 * @PostMapping("/articles")
 * ResponseEntity<Void> publish(@RequestBody @Validated(SearchReady.class) Article article) { ... }
 * }</pre>
 *
 * <p>Validating {@link GoogleSearch.Errors} alone does not check the publishable rules (an article
 * without a headline passes it); this group does. {@link AllErrors} adds the editorial errors.
 */
public interface SearchReady extends Default, GoogleSearch.Errors {
}
