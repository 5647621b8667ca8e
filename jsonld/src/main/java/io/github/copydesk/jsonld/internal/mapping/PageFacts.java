package io.github.copydesk.jsonld.internal.mapping;

import java.net.URI;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * What the page the blocks come from says beside its JSON-LD: its canonical URL, which images it shows,
 * and their alt texts. A read of blocks alone has none of these ({@link #NONE}).
 *
 * @param canonical the page's canonical URL, or {@code null}
 * @param shows whether the page shows an image of a URL
 * @param altText the alt text the page gives an image of a URL, or {@code null}
 */
public record PageFacts(URI canonical, Predicate<URI> shows, Function<URI, String> altText) {

    /** No page: blocks read on their own. */
    public static final PageFacts NONE = new PageFacts(null, url -> false, url -> null);
}
