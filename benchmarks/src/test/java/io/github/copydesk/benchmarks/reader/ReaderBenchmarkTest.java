package io.github.copydesk.benchmarks.reader;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.URI;
import java.util.List;

import io.github.copydesk.jsonld.JsonLdReader;
import io.github.copydesk.jsonld.JsonLdWriter;
import io.github.copydesk.model.Article;
import io.github.copydesk.model.Byline;
import io.github.copydesk.model.Image;
import io.github.copydesk.model.Organization;
import io.github.copydesk.model.Person;

import org.junit.jupiter.api.Test;

/** The floor benchmark parses what the reader's articles hold: each distinct URL, once. Runs no benchmark. */
class ReaderBenchmarkTest {

    @Test
    void modelUrls_areTheDistinctUrlsOfTheArticlesRead() {
        String page = "https://news.example/story";
        String photo = "https://img.example/photo.jpg";
        String author = "https://news.example/people/jane";
        String publisher = "https://news.example/";
        Article article = Article.builder()
                .url(page)
                .addMedia(Image.of(URI.create(photo)))
                .byline(Byline.authors(Person.of("Jane Doe").withUrl(URI.create(author))))
                .publisher(new Organization("News", false, URI.create(publisher), null, List.of()))
                .build();
        String json = JsonLdWriter.create().write(article);
        List<String> urls = ReaderBenchmark.modelUrlsOf(JsonLdReader.lenient().read(json));
        assertEquals(List.of(page, photo, author, publisher).stream().sorted().toList(),
                urls.stream().sorted().toList());
    }
}
