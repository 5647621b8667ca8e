package io.github.copydesk.ninjs;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The expected outcome of reading each of IPTC's ninjs examples ({@code ../shared/corpus/ninjs/examples},
 * 64 documents in version folders and one in {@code not-valid/}), in {@code ninjs/examples-expected.json}: the oracle for
 * {@link NinjsReader} ({@link ExamplesTest}), written by reading each file. The design note behind it says why each
 * value is what it is.
 *
 * <p>One object per file, in path order:
 * <ul>
 * <li>{@code path} (under {@code examples/}), {@code version} (as declared, or the folder's;
 *   {@code versionFrom}: {@code standard}, {@code $standard}, {@code folder} or {@code keys}),
 *   {@code generation} the reader detects ({@code V1}, {@code V2}, {@code V3}), the item's {@code type}
 *   as written (null when absent), and {@code readAs}: {@code article}, {@code media} (a picture,
 *   graphic, video or audio item: an article that holds only its medium) or {@code nothing} (events, planning).</li>
 * <li>What the lenient reader gives: {@code identifier} (the item's {@code uri} when it is an
 *   absolute URI; never the canonical URL, which stays empty), {@code headline} (the main one, as
 *   written; for media items it has no place on an image), {@code alternativeHeadline} when there is
 *   one, {@code body} ({@code from}: the JSON path of the body read, {@code contentType}: what it was
 *   read as, {@code start}: how the plain text begins), {@code description} (how it begins),
 *   {@code byline} ({@code people}: display names, one per person; {@code agency}: the organization
 *   {@code by} names, as author or affiliation), {@code dateline} ({@code from}: {@code body} or
 *   {@code located}; locality, country, country code and source as parsed), {@code language},
 *   {@code dates} (published from firstCreated, modified from versionCreated, created from
 *   contentCreated, as {@code NewsDate} text), {@code embargoedUntil} when there is one,
 *   {@code keywords} (subject names, then genre names), {@code copyright} (holder, how the notice
 *   begins) and {@code media} in order ({@code kind}, {@code from}, the best rendition's {@code url},
 *   {@code width}, {@code height} and {@code format} for images; {@code name}, {@code thumbnail},
 *   {@code duration}, {@code uploadDate} for video and audio; {@code captionStart}, {@code credit},
 *   {@code rights}: the creator's and holder's names, how the notice and the usage terms begin, the license).</li>
 * <li>{@code findings}: severity, code and JSON path (plus {@code line} for a syntax finding). The
 *   ERROR and WARNING findings are all of them; the INFO findings must be there, others may be.</li>
 * <li>{@code strict}: {@code {"reads": true}} (the strict reader gives the same result, with the same
 *   notices), or {@code stops} with the exception's code (its stable id), the JSON path (and line and column) and the reason.</li>
 * <li>{@code schema}: the schemas of its generation it is checked against ({@code versions}) and
 *   where the first violation is ({@code failsAt}, null when valid; {@code because}: a word of the
 *   validator's message), with format assertions on.</li>
 * <li>{@code note}: what is odd about the file, and where the expected value is a decision that may
 *   change ("unsure").</li>
 * </ul>
 */
final class ExamplesTable {

    /** One row: the file's path under {@code examples/} and the whole row. */
    record Row(String path, JsonNode json) {
        @Override
        public String toString() {
            return path;
        }
    }

    private static final List<Row> ROWS = load();

    private ExamplesTable() {
    }

    /**
     * The rows, in the table's order.
     *
     * @return the rows; unmodifiable
     */
    static List<Row> rows() {
        return ROWS;
    }

    private static List<Row> load() {
        try (InputStream in = ExamplesTable.class.getResourceAsStream("/ninjs/examples-expected.json")) {
            JsonNode table = new ObjectMapper().readTree(Objects.requireNonNull(in, "ninjs/examples-expected.json"));
            List<Row> rows = new ArrayList<>();
            for (JsonNode row : table) {
                rows.add(new Row(row.get("path").textValue(), row));
            }
            return List.copyOf(rows);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
