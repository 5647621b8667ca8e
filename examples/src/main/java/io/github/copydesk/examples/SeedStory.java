package io.github.copydesk.examples;

import java.net.URI;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import io.github.copydesk.jsonld.JsonLdWriter;
import io.github.copydesk.model.Article;
import io.github.copydesk.model.ArticleType;
import io.github.copydesk.model.Dateline;
import io.github.copydesk.model.Image;
import io.github.copydesk.model.NewsDate;
import io.github.copydesk.model.Organization;
import io.github.copydesk.model.Person;
import io.github.copydesk.model.Quote;
import io.github.copydesk.validation.ArticleValidator;
import io.github.copydesk.validation.ValidationReport;

/**
 * The user's sample story, "Russia Offers Help in Afghanistan" (a wire story scraped from a news
 * page), modeled as an {@link Article}, validated, and printed.
 *
 * <p>Run it from the repository root with {@code ./mvnw -q -pl examples -am compile exec:java}.
 */
public final class SeedStory {

    /**
     * The story text as the page shows it, without the page noise around it ("Get the latest
     * updates...", the "Last Updated" line, the headline and the photo caption, which are modeled
     * as their own fields).
     */
    static final String BODY = """
            MADRID, Spain -- Russia is offering intelligence and other backup to support NATO troops preparing for a peacekeeping mission in Afghanistan, Foreign Minister Igor Ivanov said Wednesday.

            Meeting his NATO counterparts, Ivanov said the offer showed the increasingly close relationship between the former Cold War foes, but stressed that Moscow would not be sending troops to Afghanistan, where the Soviet Union was embroiled in a costly war through the 1980s.

            "Cooperation with NATO may take many forms, but not direct military participation," Ivanov told a news conference.

            NATO is scheduled to take command of a 5,000-strong peacekeeping force on Aug. 11 in the Afghan capital, Kabul, currently run by Germany and the Netherlands.

            Ivanov welcomed a commitment from the United States and other NATO allies to show what he called "military restraint" on the territory of the seven East European nations scheduled to join the alliance next year.

            He said Russia had received assurances that plans currently under consideration by the Pentagon to replace large U.S. bases in Germany with smaller, more flexible units in countries such as Romania and Bulgaria would respect arms control agreements with Russia.

            Russia was also pleased with plans for Latvia, Lithuania, Estonia and Slovenia -- which will also join NATO next May -- to sign up to the European arms control treaty when it enters into force.

            In return, Russia agreed to stick to its pledge to withdraw troops from Moldova and Georgia. NATO officials said Russia was on track to remove all its troops and military equipment from Moldova by October.

            Ivanov attended the second and final day of a NATO foreign ministers meeting as part of a year-old agreement to improve ties between Russia and the Atlantic alliance.

            Both sides stressed the rapidly developing cooperation between them in areas ranging from counterterrorism and missile defenses to maritime rescue missions and planning to cope with earthquakes and other civil emergencies.

            "In today's world the NATO allies and Russia need each other more than ever," NATO Secretary-General Lord Robertson said.

            He said NATO was considering Russia's offer of help in Afghanistan, saying the "goodwill shown by Russia is much appreciated.\"""";

    private static final java.util.logging.Logger QUIET = java.util.logging.Logger.getLogger("org.hibernate.validator");

    private SeedStory() {
    }

    /**
     * The seed story as an article.
     *
     * <p>The seed gives no canonical URL and no image URL: the {@code https://example.com/...} URLs
     * below are illustrative placeholders, not the story's real addresses.
     *
     * @return the article
     */
    public static Article article() {
        Person ivanov = Person.of("Igor Ivanov")
                .withJobTitle("Foreign Minister")
                .withAffiliation(Organization.of("Government of Russia"));
        Person robertson = Person.of("Lord Robertson")
                .withJobTitle("Secretary-General")
                .withAffiliation(Organization.of("NATO"));

        // The page prints "Last Updated: 07/27/2016": a date without a time, so it stays date-only.
        LocalDate lastUpdated = LocalDate.parse("07/27/2016", DateTimeFormatter.ofPattern("MM/dd/uuuu", Locale.ROOT));

        // The scraped page glues the agency credit to the caption ("APIvanov and Robertson ...");
        // the model keeps them apart.
        Image photo = Image.of(URI.create("https://example.com/media/ivanov-robertson.jpg")) // illustrative URL
                .withCaption("Ivanov and Robertson shaking hands at the NATO meeting in Madrid on Wednesday.")
                .withCredit("AP");

        return Article.builder()
                .url("https://example.com/news/russia-offers-help-in-afghanistan") // illustrative URL
                .type(ArticleType.NEWS)
                .headline("Russia Offers Help in Afghanistan")
                .language("en")
                .dateModified(NewsDate.of(lastUpdated))
                .dateline(Dateline.parse("MADRID, Spain --"))
                .body(BODY)
                .addQuote(Quote.of(Quote.unquote("\"Cooperation with NATO may take many forms, but not direct military participation,\""), ivanov)
                        .withAttribution("told a news conference"))
                .addQuote(Quote.partial("military restraint", ivanov)
                        .withAttribution("what he called"))
                .addQuote(Quote.of(Quote.unquote("\"In today's world the NATO allies and Russia need each other more than ever,\""), robertson)
                        .withAttribution("said"))
                .addQuote(Quote.partial("goodwill shown by Russia is much appreciated", robertson)
                        .withAttribution("saying"))
                .addMedia(photo)
                .build();
    }

    /**
     * Builds the seed story, validates it, and prints the report and the JSON-LD.
     *
     * @param args ignored
     */
    public static void main(String[] args) {
        // Hibernate Validator announces its version on the JDK's logger at INFO: keep the output to the report
        QUIET.setLevel(java.util.logging.Level.WARNING);
        Article article = article();
        ValidationReport report = ArticleValidator.create().validate(article, Locale.ENGLISH);
        System.out.println("Validation report for \"" + article.headline() + "\":");
        System.out.println(report);
        System.out.println();
        System.out.println("schema.org JSON-LD:");
        System.out.println(JsonLdWriter.builder().pretty(true).build().write(article));
    }
}
