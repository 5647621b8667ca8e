package io.github.copydesk.jsonld.internal.mapping;

import io.github.copydesk.jsonld.internal.Term;

/**
 * Another term a property is read from when its own term gives nothing: a schema.org term that means
 * the same here ({@code description} for an image's {@code caption}), or, read in lenient mode only
 * and reported, a name that is not schema.org's ({@code byline} for a person's {@code name}).
 *
 * @param term the term
 * @param repair whether it is not schema.org's: read leniently only, with a warning
 */
record Alias(Term term, boolean repair) {

    /**
     * A schema.org term that means the same here.
     *
     * @param term the term
     * @return the alias
     */
    static Alias of(Term term) {
        return new Alias(term, false);
    }

    /**
     * A name that is not schema.org's, read in lenient mode only, with a warning.
     *
     * @param term the term
     * @return the alias
     */
    static Alias repair(Term term) {
        return new Alias(term, true);
    }
}
