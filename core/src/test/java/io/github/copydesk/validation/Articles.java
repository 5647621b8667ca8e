package io.github.copydesk.validation;

import java.net.URI;
import java.time.LocalDate;

import io.github.copydesk.model.Article;
import io.github.copydesk.model.Byline;
import io.github.copydesk.model.Contributor;
import io.github.copydesk.model.Dateline;
import io.github.copydesk.model.Image;
import io.github.copydesk.model.NewsDate;
import io.github.copydesk.model.Person;
import io.github.copydesk.model.Place;
import io.github.copydesk.model.Quote;

/** Test fixtures: a publishable article to break one rule at a time. */
final class Articles {

    private Articles() {
    }

    static final Person SPEAKER = Person.of("Igor Ivanov").withJobTitle("Foreign Minister");

    /** An article that passes every publishable rule. */
    static Article publishable() {
        return Article.builder()
                .url("https://example.com/news/1")
                .headline("Russia Offers Help in Afghanistan")
                .body("MADRID, Spain -- Russia is offering help.\n\n\"Not direct military participation,\" Ivanov said.")
                .datePublished(NewsDate.parse("2016-07-27T10:00:00+02:00"))
                .dateModified(NewsDate.of(LocalDate.of(2016, 7, 27)))
                .dateCreated(NewsDate.parse("2016-07-27T09:00:00+02:00"))
                .dateline(new Dateline("MADRID, Spain --", new Place("MADRID", null, null, "Spain", "ES"), null, null, null))
                .byline(new Byline(java.util.List.of(Contributor.author(Person.of("Jane Doe")))))
                .addQuote(Quote.of("Not direct military participation", SPEAKER))
                .addMedia(Image.of(URI.create("https://example.com/a.jpg")).withCaption("Caption"))
                .build();
    }
}
