package io.github.copydesk.ninjs.internal;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

import io.github.copydesk.internal.BylineFormat;
import io.github.copydesk.model.Article;
import io.github.copydesk.model.ArticleType;
import io.github.copydesk.model.Audio;
import io.github.copydesk.model.Byline;
import io.github.copydesk.model.Contributor;
import io.github.copydesk.model.Dateline;
import io.github.copydesk.model.DatelineStyle;
import io.github.copydesk.model.Media;
import io.github.copydesk.model.NewsDate;
import io.github.copydesk.model.Organization;
import io.github.copydesk.model.Party;
import io.github.copydesk.model.Person;
import io.github.copydesk.model.Place;
import io.github.copydesk.model.Rights;
import io.github.copydesk.model.Video;

/**
 * What a ninjs document leaves out of the article it is written from, as property paths: the values the
 * article holds that a strict read of the document does not give back as they were. What the writer has
 * no place for is listed by field; what it writes as text that is read again (the byline as {@code by},
 * the dateline as {@code located} or the body's first line, a rights holder by name) is read again here
 * the way the reader reads it ({@link ArticleMapping#by}, {@link ArticleMapping#dateline}), and each
 * value that does not come back is listed. Stateless and thread-safe.
 */
public final class LeftOut {

    private LeftOut() {
    }

    /**
     * The property paths of the values the writer leaves out of this article, in the order of the model.
     *
     * @param a the article
     * @return the paths, unmodifiable; empty when the document carries every value
     */
    public static List<String> of(Article a) {
        List<String> out = new ArrayList<>();
        if (a.identifier() != null && a.url() != null) {
            out.add("url");
        }
        if (a.type() != ArticleType.NEWS) {
            out.add("type");
        }
        add(a.section(), "section", out);
        for (ArticleMapping.DateRow d : ArticleMapping.DATES) {
            date(d.get().apply(a), d.path(), out); // a date-only date, or one outside the years 0 to 9999, is not written
        }
        dateline(a, out);
        byline(a.byline(), out);
        if (!a.quotes().isEmpty()) {
            out.add("quotes");
        }
        for (int i = 0; i < a.media().size(); i++) {
            media(a.media().get(i), "media[" + i + "]", out);
        }
        if (a.publisher() != null && holdsAny(a.publisher())) {
            out.add("publisher");
        }
        if (!a.corrections().isEmpty()) {
            out.add("corrections");
        }
        if (a.paywall() != null) {
            out.add("paywall");
        }
        if (a.copyright() != null) {
            if (a.copyright().year() != null) {
                out.add("copyright.year");
            }
            byName(a.copyright().holder(), "copyright.holder", out);
        }
        return Collections.unmodifiableList(out);
    }

    private static void date(NewsDate date, String path, List<String> out) {
        if (date != null && DateTimes.format(date) == null) {
            out.add(path);
        }
    }

    /** The dateline read back from the body's start or from {@code located}, field by field. */
    private static void dateline(Article a, List<String> out) {
        Dateline d = a.dateline();
        if (d == null) {
            return;
        }
        String located = d.format(DatelineStyle.PLAIN);
        Dateline back = ArticleMapping.dateline(a.body() == null || a.body().isEmpty() ? null : a.body(),
                () -> located.isEmpty() ? null : located, make -> {
                    try {
                        return make.get();
                    } catch (IllegalArgumentException e) {
                        return null;
                    }
                });
        // a dateline that does not come back is compared with none: each value it holds is listed
        Place place = d.place();
        Place backPlace = back == null ? null : back.place();
        differs(d.text(), back == null ? null : back.text(), "dateline.text", out);
        if (place != null) {
            differs(place.locality(), backPlace == null ? null : backPlace.locality(), "dateline.place.locality", out);
            differs(place.region(), backPlace == null ? null : backPlace.region(), "dateline.place.region", out);
            differs(place.regionCode(), backPlace == null ? null : backPlace.regionCode(), "dateline.place.regionCode", out);
            differs(place.country(), backPlace == null ? null : backPlace.country(), "dateline.place.country", out);
            differs(place.countryCode(), backPlace == null ? null : backPlace.countryCode(), "dateline.place.countryCode", out);
        }
        differs(d.dateText(), back == null ? null : back.dateText(), "dateline.dateText", out);
        differs(d.date(), back == null ? null : back.date(), "dateline.date", out);
        differs(d.source(), back == null ? null : back.source(), "dateline.source", out);
    }

    /**
     * The byline read back from its display line, contributor by contributor in the order the line names
     * them ({@link BylineFormat#displayOrder}); a contributor without a name is not in the line.
     */
    private static void byline(Byline byline, List<String> out) {
        if (byline == null) {
            return;
        }
        String line = ArticleMapping.by(byline);
        if (line == null) {
            out.add("byline");
            return;
        }
        List<Contributor> back = Byline.parse(line).contributors();
        List<Contributor> contributors = byline.contributors();
        List<Integer> order = BylineFormat.displayOrder(contributors);
        // each contributor's paths, listed in byline order although the line names them by role
        List<List<String>> lost = new ArrayList<>(contributors.size());
        for (int i = 0; i < contributors.size(); i++) {
            lost.add(new ArrayList<>(0));
        }
        boolean[] named = new boolean[contributors.size()];
        for (int k = 0; k < order.size(); k++) {
            int i = order.get(k);
            named[i] = true;
            String path = "byline.contributors[" + i + "]";
            if (k >= back.size()) {
                lost.get(i).add(path);
                continue;
            }
            party(contributors.get(i).party(), back.get(k).party(), path + ".party", lost.get(i));
            if (contributors.get(i).role() != back.get(k).role()) {
                lost.get(i).add(path + ".role");
            }
        }
        for (int i = 0; i < contributors.size(); i++) {
            if (!named[i] && holdsAny(contributors.get(i).party())) {
                lost.get(i).add("byline.contributors[" + i + "]");
            }
            out.addAll(lost.get(i));
        }
    }

    /** A party written as a name only (a rights holder): read back as an organization of that name. */
    private static void byName(Party party, String path, List<String> out) {
        if (party != null) {
            party(party, named(party) ? Organization.of(party.name()) : blank(party), path, out);
        }
    }

    private static boolean named(Party party) {
        return party.name() != null && !party.name().isEmpty();
    }

    /** Whether a party holds anything at all: a name, a link, a title. */
    private static boolean holdsAny(Party party) {
        List<String> held = new ArrayList<>();
        party(party, blank(party), "", held);
        return !held.isEmpty();
    }

    /** A party of the same kind holding nothing: what comes back of one without a name (nothing is written). */
    private static Party blank(Party party) {
        return party instanceof Person ? new Person(null, null, null, null, null, null, null, List.of())
                : new Organization(null, false, null, null, List.of());
    }

    /** The fields of a party that do not come back. */
    private static void party(Party party, Party back, String path, List<String> out) {
        if (party.getClass() != back.getClass()) {
            out.add(path);
            return;
        }
        differs(party.name(), back.name(), path + ".name", out);
        differs(party.url(), back.url(), path + ".url", out);
        if (!party.sameAs().isEmpty() && !party.sameAs().equals(back.sameAs())) {
            out.add(path + ".sameAs");
        }
        if (party instanceof Person p && back instanceof Person q) {
            differs(p.description(), q.description(), path + ".description", out);
            differs(p.jobTitle(), q.jobTitle(), path + ".jobTitle", out);
            differs(p.honorificPrefix(), q.honorificPrefix(), path + ".honorificPrefix", out);
            differs(p.honorificSuffix(), q.honorificSuffix(), path + ".honorificSuffix", out);
            if (p.affiliation() != null && q.affiliation() != null) {
                party(p.affiliation(), q.affiliation(), path + ".affiliation", out);
            } else if (p.affiliation() != null && holdsAny(p.affiliation())) {
                out.add(path + ".affiliation");
            }
        } else if (party instanceof Organization o && back instanceof Organization q) {
            if (o.newsMedia() && !q.newsMedia()) {
                out.add(path + ".newsMedia");
            }
            differs(o.logo(), q.logo(), path + ".logo", out);
        }
    }

    private static void media(Media m, String path, List<String> out) {
        if (m.url() == null) {
            out.add(path);
            return;
        }
        add(m.altText(), path + ".altText", out);
        add(m.extendedDescription(), path + ".extendedDescription", out);
        Rights r = m.rights();
        if (r.creator() != null) {
            String by = named(r.creator()) ? ArticleMapping.by(r.creator()) : null;
            if (by == null && named(r.creator())) {
                out.add(path + ".rights.creator");
            } else {
                party(r.creator(), by == null ? blank(r.creator()) : Byline.parse(by).contributors().get(0).party(),
                        path + ".rights.creator", out);
            }
        }
        byName(r.copyrightHolder(), path + ".rights.copyrightHolder", out);
        if (r.acquireLicensePage() != null) {
            out.add(path + ".rights.acquireLicensePage");
        }
        if (m instanceof Video v) {
            date(v.uploadDate(), path + ".uploadDate", out);
            if (v.embedUrl() != null) {
                out.add(path + ".embedUrl");
            }
            add(v.transcript(), path + ".transcript", out);
        } else if (m instanceof Audio au) {
            add(au.transcript(), path + ".transcript", out);
        }
    }

    private static void add(String text, String path, List<String> out) {
        if (text != null && !text.isEmpty()) {
            out.add(path);
        }
    }

    /** Lists a value that is there and does not come back as it was. */
    private static void differs(Object value, Object back, String path, List<String> out) {
        if (value != null && !(value instanceof String s && s.isEmpty()) && !Objects.equals(value, back)) {
            out.add(path);
        }
    }
}
