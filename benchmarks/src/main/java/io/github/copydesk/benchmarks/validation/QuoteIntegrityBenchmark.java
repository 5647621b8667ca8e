package io.github.copydesk.benchmarks.validation;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.TimeUnit;

import io.github.copydesk.model.Article;
import io.github.copydesk.model.Person;
import io.github.copydesk.model.Quote;
import io.github.copydesk.validation.ArticleValidator;
import io.github.copydesk.validation.Profile;
import io.github.copydesk.validation.Rule;
import io.github.copydesk.validation.ValidationReport;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Quote integrity ({@code editorial.quote.in-body}) at scale: 100 quotes, each taken from the body
 * (so all pass and every quote is searched in full), over bodies of 10 KB to 1 MB. Linear growth
 * means the time per KB stays flat across sizes.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class QuoteIntegrityBenchmark {

    private static final Set<Profile> EDITORIAL = EnumSet.of(Profile.EDITORIAL);
    private static final String[] WORDS = {"the", "minister", "said", "alliance", "Russia", "NATO", "troops",
        "\u201Cpeace\u201D", "offer", "it\u2019s", "Afghanistan", "cooperation", "mission", "would", "not"};

    /** Body size in characters. */
    @Param({"10000", "100000", "1000000"})
    public int bodySize;

    private final ArticleValidator validator = ArticleValidator.create();
    private Article article;

    /** Builds the body and 100 quotes cut from it at spread positions, with typographic marks. */
    @Setup
    public void setUp() {
        Random random = new Random(42);
        StringBuilder body = new StringBuilder(bodySize + 16);
        while (body.length() < bodySize) {
            body.append(WORDS[random.nextInt(WORDS.length)]).append(random.nextInt(12) == 0 ? ".\n\n" : " ");
        }
        String text = body.toString();
        Person speaker = Person.of("Igor Ivanov");
        List<Quote> quotes = new ArrayList<>();
        for (int i = 0; i < 100; i++) {
            int start = text.indexOf(' ', (int) ((long) text.length() * i / 100)) + 1;
            int end = text.indexOf(' ', Math.min(text.length() - 1, start + 60));
            String words = text.substring(start, end < 0 ? text.length() : end).strip();
            quotes.add(Quote.of(words.replace('\u201C', '"').replace('\u201D', '"').replace('\u2019', '\''), speaker));
        }
        article = Article.builder().headline("Quotes").body(text).quotes(quotes).build();
        ValidationReport report = validator.validate(article, Locale.ENGLISH, EDITORIAL);
        if (report.findings().stream().anyMatch(f -> f.rule().equals(Rule.EDITORIAL_QUOTE_IN_BODY.id()))) {
            throw new IllegalStateException("every quote must be found: " + report);
        }
    }

    /** @return the editorial report */
    @Benchmark
    public ValidationReport quotesInBody() {
        return validator.validate(article, Locale.ENGLISH, EDITORIAL);
    }
}
