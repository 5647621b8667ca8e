package io.github.copydesk.ninjs.internal;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.Function;

import io.github.copydesk.model.Article;
import io.github.copydesk.model.Audio;
import io.github.copydesk.model.Contributor;
import io.github.copydesk.model.Media;
import io.github.copydesk.model.NewsDate;
import io.github.copydesk.model.Organization;
import io.github.copydesk.model.Party;
import io.github.copydesk.model.Person;
import io.github.copydesk.model.Video;

/**
 * What a ninjs document leaves out of the article it is written from, as property paths: the values the
 * article holds that the writer does not write. The writer's mapping ({@link ArticleMapping#write},
 * {@link MediaMapping#write}) decides what is written; this lists, value by value, what that mapping has
 * no place for. Stateless and thread-safe.
 */
public final class LeftOut {

    /** The dates and their paths; a date-only date or one outside the years 0 to 9999 is not written. */
    private static final List<Dated> DATES = List.of(new Dated("datePublished", Article::datePublished),
            new Dated("dateModified", Article::dateModified), new Dated("dateCreated", Article::dateCreated),
            new Dated("embargoedUntil", Article::embargoedUntil));

    private record Dated(String path, Function<Article, NewsDate> get) {
    }

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
        if (a.section() != null && !a.section().isEmpty()) {
            out.add("section");
        }
        for (Dated d : DATES) {
            NewsDate date = d.get().apply(a);
            if (date != null && DateTimes.format(date) == null) {
                out.add(d.path());
            }
        }
        if (a.byline() != null) {
            if (ArticleMapping.by(a.byline()) == null) {
                out.add("byline");
            } else {
                List<Contributor> contributors = a.byline().contributors();
                for (int i = 0; i < contributors.size(); i++) {
                    partyDetails(contributors.get(i).party(), "byline.contributors[" + i + "].party", out);
                }
            }
        }
        if (!a.quotes().isEmpty()) {
            out.add("quotes");
        }
        for (int i = 0; i < a.media().size(); i++) {
            media(a.media().get(i), "media[" + i + "]", out);
        }
        if (a.publisher() != null) {
            out.add("publisher");
        }
        if (!a.corrections().isEmpty()) {
            out.add("corrections");
        }
        if (a.paywall() != null) {
            out.add("paywall");
        }
        if (a.copyright() != null && a.copyright().year() != null) {
            out.add("copyright.year");
        }
        return Collections.unmodifiableList(out);
    }

    /** What {@code by}, a display line, cannot say of a party: its links and descriptions. */
    private static void partyDetails(Party party, String path, List<String> out) {
        if (party.url() != null) {
            out.add(path + ".url");
        }
        if (!party.sameAs().isEmpty()) {
            out.add(path + ".sameAs");
        }
        if (party instanceof Person p) {
            add(p.description(), path + ".description", out);
            add(p.honorificPrefix(), path + ".honorificPrefix", out);
            add(p.honorificSuffix(), path + ".honorificSuffix", out);
        } else if (party instanceof Organization o && o.logo() != null) {
            out.add(path + ".logo");
        }
    }

    private static void media(Media m, String path, List<String> out) {
        if (m.url() == null) {
            out.add(path);
            return;
        }
        add(m.altText(), path + ".altText", out);
        add(m.extendedDescription(), path + ".extendedDescription", out);
        if (m.rights().acquireLicensePage() != null) {
            out.add(path + ".rights.acquireLicensePage");
        }
        if (m.rights().creator() != null && m.rights().creator().name() != null && ArticleMapping.by(m.rights().creator()) == null) {
            out.add(path + ".rights.creator");
        }
        if (m instanceof Video v) {
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
}
