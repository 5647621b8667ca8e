package io.github.copydesk.benchmarks;

import java.net.URI;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

import io.github.copydesk.examples.SeedStory;
import io.github.copydesk.model.Article;
import io.github.copydesk.model.Byline;
import io.github.copydesk.model.Contributor;
import io.github.copydesk.model.ContributorRole;
import io.github.copydesk.model.Image;
import io.github.copydesk.model.Media;
import io.github.copydesk.model.NewsDate;
import io.github.copydesk.model.Organization;
import io.github.copydesk.model.Person;
import io.github.copydesk.model.Quote;
import io.github.copydesk.model.Rights;

/** The articles the benchmarks write. */
public final class Fixtures {

    private Fixtures() {
    }

    /** @return the seed story, as {@link SeedStory#article()} builds it */
    public static Article seed() {
        return SeedStory.article();
    }

    /**
     * A typical rich article: the seed story (its body, dateline, four quotes and photo) plus a
     * description with characters that need escaping, a date published with a time, a section,
     * keywords, a byline of two authors, a publisher with a logo, and two more images with size,
     * format, photographer and copyright notice (three images in all).
     *
     * @return the article
     */
    public static Article typical() {
        Person giles = Person.of("Ciaran Giles").withJobTitle("Associated Press Writer")
                .withUrl(URI.create("https://example.com/staff/ciaran-giles"));
        Person ames = Person.of("Paul Ames").withJobTitle("Associated Press Writer")
                .withUrl(URI.create("https://example.com/staff/paul-ames"));
        Image summit = Image.of(URI.create("https://example.com/media/nato-ministers-madrid.jpg"))
                .withCaption("NATO foreign ministers pose for a family photo in Madrid on Wednesday, June 4, 2003.")
                .withCredit("AP Photo/Paul White")
                .withSize(1200, 800)
                .withFormat("image/jpeg")
                .withRights(Rights.NONE.withCreator(Person.of("Paul White"))
                        .withCopyrightNotice("\u00a9 2003 The Associated Press"));
        Image kabul = Image.of(URI.create("https://example.com/media/kabul-patrol.jpg"))
                .withCaption("German ISAF soldiers patrol in Kabul, Afghanistan, where NATO takes command on Aug. 11.")
                .withCredit("AP Photo/Amir Shah")
                .withSize(1024, 683)
                .withFormat("image/jpeg")
                .withRights(Rights.NONE.withCreator(Person.of("Amir Shah"))
                        .withCopyrightNotice("\u00a9 2003 The Associated Press"));
        return SeedStory.article().toBuilder()
                .description("Russia offers NATO intelligence & backup for its Afghanistan mission \u2014 but "
                        + "\"not direct military participation\" <no troops>.")
                .datePublished(NewsDate.of(OffsetDateTime.of(2003, 6, 4, 14, 32, 0, 0, ZoneOffset.ofHours(2))))
                .section("World")
                .addKeyword("Russia")
                .addKeyword("NATO")
                .addKeyword("Afghanistan")
                .byline(Byline.of(Contributor.author(giles), Contributor.author(ames)))
                .publisher(Organization.newsMedia("Example News")
                        .withUrl(URI.create("https://example.com/"))
                        .withLogo(URI.create("https://example.com/media/logo.png")))
                .addMedia(summit)
                .addMedia(kabul)
                .build();
    }

    /**
     * The article of a name: {@code seed} or {@code typical}.
     *
     * @param name the name
     * @return the article
     */
    public static Article named(String name) {
        return switch (name) {
            case "seed" -> seed();
            case "typical" -> typical();
            default -> throw new IllegalArgumentException("no such fixture: " + name);
        };
    }

    /**
     * A body of exactly {@code length} characters: the seed story's paragraphs, repeated.
     *
     * @param length the length
     * @return the text
     */
    public static String body(int length) {
        String seed = SeedStory.article().body();
        StringBuilder b = new StringBuilder(length + seed.length());
        while (b.length() < length) {
            if (b.length() > 0) {
                b.append("\n\n");
            }
            b.append(seed);
        }
        b.setLength(length);
        return b.toString();
    }

    /**
     * The seed story with a body of {@code length} characters.
     *
     * @param length the body length
     * @return the article
     */
    public static Article withBody(int length) {
        return SeedStory.article().toBuilder().body(body(length)).build();
    }

    /**
     * The seed story with a short body (one paragraph) and {@code count} items of one kind in place
     * of its own: {@code quotes}, {@code images}, or {@code contributors} (a byline that cycles
     * author, editor, photographer, so that each of {@code author}, {@code editor} and
     * {@code contributor} is written).
     *
     * @param kind the kind of item
     * @param count how many
     * @return the article
     */
    public static Article withItems(String kind, int count) {
        Article seed = SeedStory.article();
        String firstParagraph = seed.body().substring(0, seed.body().indexOf('\n'));
        Article.Builder b = seed.toBuilder().body(firstParagraph);
        switch (kind) {
            case "quotes" -> {
                List<Quote> quotes = new ArrayList<>();
                for (int i = 0; i < count; i++) {
                    Person speaker = Person.of("Speaker " + i).withJobTitle("Minister No. " + i)
                            .withAffiliation(Organization.of("Government " + i));
                    quotes.add(Quote.of("Statement " + i + ": cooperation with NATO may take many forms", speaker));
                }
                b.quotes(quotes);
            }
            case "images" -> {
                List<Media> media = new ArrayList<>();
                for (int i = 0; i < count; i++) {
                    media.add(Image.of(URI.create("https://example.com/media/photo-" + i + ".jpg"))
                            .withCaption("Photo " + i + ": ministers at the NATO meeting in Madrid.")
                            .withCredit("AP")
                            .withSize(1200, 800));
                }
                b.media(media);
            }
            case "contributors" -> {
                ContributorRole[] roles = {ContributorRole.AUTHOR, ContributorRole.EDITOR, ContributorRole.PHOTOGRAPHER};
                List<Contributor> contributors = new ArrayList<>();
                for (int i = 0; i < count; i++) {
                    contributors.add(Contributor.of(roles[i % roles.length],
                            Person.of("Contributor " + i).withJobTitle("Staff Writer")));
                }
                b.byline(Byline.of(contributors));
            }
            default -> throw new IllegalArgumentException("no such kind of item: " + kind);
        }
        return b.build();
    }
}
