package io.github.copydesk.jsonld.internal.mapping;

import java.util.List;

import io.github.copydesk.jsonld.internal.Term;
import io.github.copydesk.jsonld.internal.graph.Field;
import io.github.copydesk.jsonld.internal.graph.Node;
import io.github.copydesk.model.Correction;
import io.github.copydesk.model.NewsDate;
import io.github.copydesk.read.ReadCode;
import io.github.copydesk.read.internal.TextCleaner;

/**
 * An article's corrections both ways, as schema.org {@code CorrectionComment}s ({@code text},
 * {@code datePublished}); read also from plain text. Stateless and thread-safe.
 */
final class CorrectionMapping {

    static final Table<Correction> CORRECTION = new Table<>(Term.CORRECTION_COMMENT);
    private static final Property<Correction, String> TEXT = CORRECTION.add(Term.TEXT, Kinds.PARAGRAPHS, Correction::text);
    private static final Property<Correction, NewsDate> DATE = CORRECTION.add(Term.DATE_PUBLISHED, Kinds.DATE,
            Correction::datePublished);

    /** The corrections of an article, written as an array; read also from plain text. */
    static final Kind<List<Correction>> CORRECTIONS = CORRECTION.array((r, e, out) -> {
        String text;
        NewsDate date = null;
        if (e.value().isObject()) {
            Node n = r.graph().resolve(e, true);
            if (n == null) {
                return;
            }
            Values<Correction> v = CORRECTION.values(r, n);
            text = v.get(TEXT);
            date = v.get(DATE);
        } else {
            text = r.values().text(e, TextCleaner.Kind.PARAGRAPHS);
        }
        if (text == null || text.isBlank()) {
            r.findings().error(ReadCode.VALUE_UNREADABLE, e.block(), e.path(), "a correction without text; left out");
            return;
        }
        try {
            out.add(new Correction(text, date));
        } catch (IllegalArgumentException ex) {
            r.findings().error(ReadCode.VALUE_UNREADABLE, e.block(), e.path(), ex.getMessage() + "; left out");
        }
    });

    private CorrectionMapping() {
    }
}
