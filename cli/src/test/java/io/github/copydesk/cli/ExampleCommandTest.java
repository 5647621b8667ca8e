package io.github.copydesk.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.EnumSet;
import java.util.Locale;

import io.github.copydesk.examples.SeedStory;
import io.github.copydesk.jsonld.JsonLdReader;
import io.github.copydesk.jsonld.JsonLdWriter;
import io.github.copydesk.validation.ArticleValidator;
import io.github.copydesk.validation.Profile;

import org.junit.jupiter.api.Test;

class ExampleCommandTest {

    @Test
    void example_seedStoryJsonLdOnStandardOutput() {
        Cli.Run run = Cli.run("example");

        assertEquals(0, run.status(), run::toString);
        assertEquals(JsonLdWriter.builder().pretty(true).build().write(SeedStory.article()) + System.lineSeparator(), run.out());
        assertEquals("Russia Offers Help in Afghanistan", JsonLdReader.strict().read(run.out()).articles().get(0).headline());
    }

    @Test
    void example_reportOnStandardError() {
        Cli.Run run = Cli.run("example");

        String report = ArticleValidator.create().validate(SeedStory.article(), Locale.ENGLISH).toString();
        assertEquals("Validation report for \"Russia Offers Help in Afghanistan\":" + System.lineSeparator() + report, run.err());
    }

    @Test
    void example_profileAndLocale() {
        Cli.Run run = Cli.run("example", "--profile", "google", "--locale", "de");

        String report = ArticleValidator.create().validate(SeedStory.article(), Locale.GERMAN, EnumSet.of(Profile.GOOGLE_SEARCH)).toString();
        assertTrue(run.err().endsWith(report), run::toString);
    }

    @Test
    void example_graphHtml() {
        Cli.Run run = Cli.run("example", "--graph", "--html");

        assertEquals(JsonLdWriter.builder().pretty(true).graph(true).build().scriptElement(SeedStory.article())
                + System.lineSeparator(), run.out());
    }
}
