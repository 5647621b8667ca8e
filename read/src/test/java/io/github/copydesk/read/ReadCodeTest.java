package io.github.copydesk.read;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class ReadCodeTest {

    /**
     * Every code and its id. The ids are API: programs act on them, so a row here changes only with a
     * note in the release notes; a new code needs a new row (see {@link #table_hasARowForEveryCode()}).
     */
    static Stream<Arguments> ids() {
        return Stream.of(
                Arguments.of(ReadCode.JSON_MALFORMED, "read.json.malformed"),
                Arguments.of(ReadCode.JSON_REPAIRED, "read.json.repaired"),
                Arguments.of(ReadCode.JSON_DUPLICATE_KEY, "read.json.duplicate-key"),
                Arguments.of(ReadCode.ENCODING_REPAIRED, "read.encoding.repaired"),
                Arguments.of(ReadCode.TEXT_CLEANED, "read.text.cleaned"),
                Arguments.of(ReadCode.DATE_UNREADABLE, "read.date.unreadable"),
                Arguments.of(ReadCode.DATE_REPAIRED, "read.date.repaired"),
                Arguments.of(ReadCode.URL_UNREADABLE, "read.url.unreadable"),
                Arguments.of(ReadCode.URL_REPAIRED, "read.url.repaired"),
                Arguments.of(ReadCode.URL_FROM_PAGE, "read.url.from-page"),
                Arguments.of(ReadCode.REFERENCE_UNRESOLVED, "read.reference.unresolved"),
                Arguments.of(ReadCode.TYPE_REPAIRED, "read.type.repaired"),
                Arguments.of(ReadCode.PROPERTY_REPAIRED, "read.property.repaired"),
                Arguments.of(ReadCode.BYLINE_SPLIT, "read.byline.split"),
                Arguments.of(ReadCode.VALUE_UNREADABLE, "read.value.unreadable"),
                Arguments.of(ReadCode.VALUE_REPAIRED, "read.value.repaired"),
                Arguments.of(ReadCode.ARTICLE_UNREADABLE, "read.article.unreadable"),
                Arguments.of(ReadCode.DOCUMENT_ARRAY, "read.document.array"),
                Arguments.of(ReadCode.ITEM_NOT_ARTICLE, "read.item.not-article"),
                Arguments.of(ReadCode.ITEM_UNSUPPORTED, "read.item.unsupported"),
                Arguments.of(ReadCode.VERSION_MISMATCH, "read.version.mismatch"),
                Arguments.of(ReadCode.PROPERTY_UNKNOWN, "read.property.unknown"),
                Arguments.of(ReadCode.PROPERTY_IGNORED, "read.property.ignored"),
                Arguments.of(ReadCode.BODY_CHOSEN, "read.body.chosen"),
                Arguments.of(ReadCode.EMBARGO_FUTURE, "read.embargo.future"),
                Arguments.of(ReadCode.STATUS_WITHHELD, "read.status.withheld"),
                Arguments.of(ReadCode.STATUS_CANCELED, "read.status.canceled"),
                Arguments.of(ReadCode.VALUE_DOUBTFUL, "read.value.doubtful"),
                Arguments.of(ReadCode.VALUE_NOT_HELD, "read.value.not-held"),
                Arguments.of(ReadCode.LIMIT_EXCEEDED, "read.limit.exceeded"),
                Arguments.of(ReadCode.INPUT_UNREADABLE, "read.input.unreadable"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("ids")
    void id_isStable(ReadCode code, String id) {
        assertEquals(id, code.id());
    }

    @Test
    void table_hasARowForEveryCode() {
        Set<ReadCode> inTable = ids().map(a -> (ReadCode) a.get()[0]).collect(Collectors.toSet());
        assertEquals(EnumSet.allOf(ReadCode.class), inTable);
    }

    @Test
    void ids_areUniqueAndOfTheFormReadSubjectOutcome() {
        List<String> ids = Arrays.stream(ReadCode.values()).map(ReadCode::id).toList();
        assertEquals(ids.size(), new HashSet<>(ids).size(), ids::toString);
        for (String id : ids) {
            assertTrue(id.matches("read\\.[a-z]+\\.[a-z]+(-[a-z]+)*"), id);
        }
    }

    @Test
    void summaries_areDistinctAndHeadTheirMessage() {
        Set<String> summaries = new HashSet<>();
        for (ReadCode code : ReadCode.values()) {
            String message = code.message("", "detail");
            assertTrue(message.endsWith(": detail"), message);
            String summary = message.substring(0, message.length() - ": detail".length());
            assertFalse(summary.isBlank(), code::name);
            assertFalse(summary.contains("(") || summary.contains(":"), "the summary must not look like the place or the detail: " + summary);
            assertTrue(summaries.add(summary), "two codes share the summary " + summary);
        }
    }

    @Test
    void message_withAPlace_putsItInParenthesesBeforeTheDetail() {
        assertEquals("not JSON (block 0, line 3, column 7): Unexpected end", ReadCode.JSON_MALFORMED.message("block 0, line 3, column 7",
                "Unexpected end"));
        assertEquals("an unreadable date: yesterday", ReadCode.DATE_UNREADABLE.message("", "yesterday"));
    }

    @Test
    void message_keepsPercentSignsOfTheInputVerbatim() {
        // the detail and the place quote input text; they must never be read as a format
        assertEquals("an unreadable URL (block 0 at $['%s']): \"https://x.example/100%\" %n %d",
                ReadCode.URL_UNREADABLE.message("block 0 at $['%s']", "\"https://x.example/100%\" %n %d"));
    }
}
