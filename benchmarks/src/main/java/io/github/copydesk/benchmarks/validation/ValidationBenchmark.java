package io.github.copydesk.benchmarks.validation;

import java.net.URI;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.TimeUnit;

import io.github.copydesk.examples.SeedStory;
import io.github.copydesk.model.Article;
import io.github.copydesk.model.Byline;
import io.github.copydesk.model.Contributor;
import io.github.copydesk.model.Image;
import io.github.copydesk.model.NewsDate;
import io.github.copydesk.model.Organization;
import io.github.copydesk.model.Person;
import io.github.copydesk.validation.ArticleValidator;
import io.github.copydesk.validation.Profile;
import io.github.copydesk.validation.ValidationReport;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Warm validation of the seed story and of a rich article (2 authors, 3 images, 4 quotes), under
 * every profile and under the publishable profile alone.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(2)
public class ValidationBenchmark {

    private static final Set<Profile> PUBLISHABLE = EnumSet.of(Profile.PUBLISHABLE);

    private final ArticleValidator validator = ArticleValidator.create();
    private Article seed;
    private Article rich;

    /** Builds the articles and validates each once, so the validator is built before timing. */
    @Setup
    public void setUp() {
        seed = SeedStory.article();
        Organization ap = Organization.newsMedia("The Associated Press").withUrl(URI.create("https://apnews.com/"));
        rich = seed.toBuilder()
                .datePublished(NewsDate.parse("2003-12-04T10:15:00+01:00"))
                .byline(Byline.of(
                        Contributor.author(Person.of("Paul Ames").withUrl(URI.create("https://example.com/staff/paul-ames"))
                                .withAffiliation(ap)),
                        Contributor.author(Person.of("Jane Doe").withUrl(URI.create("https://example.com/staff/jane-doe"))
                                .withAffiliation(ap))))
                .publisher(ap)
                .media(java.util.List.of(
                        Image.of(URI.create("https://example.com/media/a-16x9.jpg")).withSize(1600, 900)
                                .withCaption("Ivanov and Robertson in Madrid.").withCredit("AP").withAltText("Two men shaking hands"),
                        Image.of(URI.create("https://example.com/media/a-4x3.jpg")).withSize(1200, 900)
                                .withCaption("Ivanov and Robertson in Madrid.").withCredit("AP").withAltText("Two men shaking hands"),
                        Image.of(URI.create("https://example.com/media/a-1x1.jpg")).withSize(900, 900)
                                .withCaption("Ivanov and Robertson in Madrid.").withCredit("AP").withAltText("Two men shaking hands")))
                .build();
        check(validator.validate(seed, Locale.ENGLISH));
        check(validator.validate(rich, Locale.ENGLISH));
    }

    private static void check(ValidationReport report) {
        if (report.hasErrors()) {
            throw new IllegalStateException("fixture must be publishable: " + report);
        }
    }

    /** @return the seed story's report under every profile */
    @Benchmark
    public ValidationReport seedAllProfiles() {
        return validator.validate(seed, Locale.ENGLISH);
    }

    /** @return the rich article's report under every profile */
    @Benchmark
    public ValidationReport richAllProfiles() {
        return validator.validate(rich, Locale.ENGLISH);
    }

    /** @return the seed story's report under the publishable profile */
    @Benchmark
    public ValidationReport seedPublishable() {
        return validator.validate(seed, Locale.ENGLISH, PUBLISHABLE);
    }
}
