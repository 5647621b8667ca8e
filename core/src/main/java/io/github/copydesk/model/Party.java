package io.github.copydesk.model;

import java.net.URI;
import java.util.List;

/**
 * Who wrote, edited, said or owns something: a {@link Person} or an {@link Organization}.
 */
public sealed interface Party permits Person, Organization {

    /** @return the name, or {@code null} if not known yet (or, for a person, an unnamed source) */
    String name();

    /** @return the party's own page, or {@code null} */
    URI url();

    /** @return pages that identify the party elsewhere (profiles, Wikidata), possibly empty */
    List<URI> sameAs();
}
