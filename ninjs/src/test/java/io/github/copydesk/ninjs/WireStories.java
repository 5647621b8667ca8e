package io.github.copydesk.ninjs;

import java.net.URI;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;

import io.github.copydesk.model.Article;
import io.github.copydesk.model.Audio;
import io.github.copydesk.model.Byline;
import io.github.copydesk.model.Copyright;
import io.github.copydesk.model.Dateline;
import io.github.copydesk.model.Image;
import io.github.copydesk.model.NewsDate;
import io.github.copydesk.model.Organization;
import io.github.copydesk.model.Person;
import io.github.copydesk.model.Quote;
import io.github.copydesk.model.Rights;
import io.github.copydesk.model.Video;

/**
 * Articles the ninjs tests write and read: a wire story that uses every field ninjs can carry and some
 * it cannot, and a hostile one whose text tries to break out of a page.
 */
final class WireStories {

    private WireStories() {
    }

    static URI uri(String s) {
        return URI.create(s);
    }

    /** A wire story with every field ninjs carries, and a quote, a section and a date-only date it cannot. */
    static Article rich() {
        Rights photoRights = new Rights(Person.of("Maria Garcia").withAffiliation(Organization.newsMedia("AP")),
                Organization.newsMedia("The Associated Press"), "© 2024 The Associated Press",
                uri("https://example.org/licenses/editorial-use"), uri("https://example.org/licensing/photos/1"),
                "Editorial use only");
        Image photo = new Image(uri("https://example.com/media/ivanov-robertson.jpg"),
                "Ivanov and Robertson shake hands at the NATO meeting in Toronto on Tuesday.", "AP Photo/Maria Garcia",
                "Two men in dark suits shake hands.", null, photoRights, 1200, 800, "image/jpeg");
        Video video = new Video(uri("https://example.com/media/press-conference.mp4"),
                "Ivanov speaks to reporters after the meeting.", "AP Video/Sam Lee", null, null,
                new Rights(Person.of("Sam Lee"), null, null, null, null, null), "Ivanov: cooperation, not troops",
                uri("https://example.com/media/press-conference-thumb.jpg"), NewsDate.parse("2024-06-04T12:40:00+02:00"),
                Duration.ofMinutes(2).plusSeconds(35).plusMillis(500), uri("https://example.com/embed/press-conference"),
                null);
        Audio audio = new Audio(uri("https://example.com/media/briefing.mp3"), "The morning briefing.", null, null, null,
                Rights.NONE, "Morning briefing", Duration.ofMinutes(12), "Host: Good morning.");
        Image notUploaded = Image.draft().withCaption("A map still to be drawn.");
        return Article.builder()
                .identifier("urn:newsml:example.com:20240604:nato-russia")
                .url("https://example.com/news/russia-offers-help")
                .headline("Russia Offers Help in Afghanistan")
                .alternativeHeadline("Moscow offers intelligence, not troops")
                .description("Russia will back NATO's peacekeepers with intelligence but will not send troops.")
                .body("TORONTO (AP) — Russia is offering intelligence and other backup to NATO troops, Foreign Minister"
                        + " Igor Ivanov said Tuesday.\n\"Cooperation with NATO may take many forms,\" Ivanov said.")
                .section("World")
                .keywords(List.of("NATO", "Russia", "Afghanistan"))
                .language("en-US")
                .datePublished(NewsDate.parse("2024-06-04T10:15:00+02:00"))
                .dateModified(NewsDate.parse("2024-06-04T14:12:30.250Z"))
                .dateCreated(NewsDate.of(LocalDate.of(2024, 6, 3)))
                .embargoedUntil(NewsDate.parse("2024-06-04T10:00:00+02:00"))
                .dateline(Dateline.parse("TORONTO (AP) —"))
                .byline(Byline.parse("By Jane Doe and John Roe, Associated Press"))
                .addQuote(Quote.of("Cooperation with NATO may take many forms", Person.of("Igor Ivanov")))
                .media(List.of(photo, notUploaded, video, audio))
                .copyright(new Copyright(2024, Organization.newsMedia("The Associated Press"),
                        "Copyright 2024 The Associated Press. All rights reserved."))
                .build();
    }

    /** A story whose every text tries to close a script element, open a comment or split a line. */
    static Article hostile() {
        String emoji = new String(Character.toChars(0x1F600));
        return Article.builder()
                .identifier("urn:x:hostile?a=1&b=%3Cscript%3E")
                .headline("Grinning " + emoji + " </script><script>alert(1)</script>")
                .description("Line\u2028separator and paragraph\u2029separator, <!-- comment --> & \"quotes\"")
                .body("</SCRIPT>\u2028<!--<script>" + emoji + "\nTom & Jerry > Itchy < Scratchy\u2029end")
                .keywords(List.of("</script>", emoji, "a\u2028b"))
                .byline(Byline.authors(Person.of("Zoë </script> O'Brien " + emoji)))
                .media(List.of(Image.of(uri("https://example.com/a.jpg?x=<script>".replace("<", "%3C").replace(">", "%3E")))
                        .withCaption("</script><img src=x onerror=alert(1)>")))
                .build();
    }
}
