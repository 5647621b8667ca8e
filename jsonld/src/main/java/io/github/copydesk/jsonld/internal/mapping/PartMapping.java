package io.github.copydesk.jsonld.internal.mapping;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import io.github.copydesk.jsonld.internal.Term;
import io.github.copydesk.jsonld.internal.graph.Definition;
import io.github.copydesk.jsonld.internal.graph.Field;
import io.github.copydesk.jsonld.internal.graph.Node;
import io.github.copydesk.jsonld.internal.graph.Types;
import io.github.copydesk.model.Party;
import io.github.copydesk.model.Quote;
import io.github.copydesk.read.ReadCode;
import io.github.copydesk.read.internal.TextCleaner;

/**
 * An article's {@code hasPart} both ways: its quotes as schema.org {@code Quotation}s ({@code text},
 * {@code creator}), and its paywalled sections as {@code WebPageElement}s ({@code isAccessibleForFree}
 * false, {@code cssSelector}). Parts of other types are ignored. Stateless and thread-safe.
 */
final class PartMapping {

    /**
     * The parts of an article.
     *
     * @param quotes its quotes, in order
     * @param sections the CSS selectors of its paywalled sections, in order
     */
    record Parts(List<Quote> quotes, List<String> sections) {
    }

    static final Table<Quote> QUOTATION = new Table<>(Term.QUOTATION);
    private static final Property<Quote, String> TEXT = QUOTATION.add(Term.TEXT, Kinds.LINE, Quote::text);
    private static final Property<Quote, Party> SPEAKER = QUOTATION.add(Term.CREATOR,
            PartyMapping.party(PartyMapping.Use.PERSON), Quote::speaker);

    static final Table<String> SECTION = new Table<>(Term.WEB_PAGE_ELEMENT);
    private static final Property<String, Boolean> FREE = SECTION.add(Term.IS_ACCESSIBLE_FOR_FREE, Kinds.BOOLEAN,
            selector -> Boolean.FALSE);
    private static final Property<String, String> SELECTOR = SECTION.add(Term.CSS_SELECTOR, Kinds.LINE, selector -> selector);

    /** The parts, written as one array: the quotes (when the writer writes them), then the sections. */
    static final Kind<Parts> PARTS = new Kind<>() {
        @Override
        public void write(Writing w, Term term, Parts value) throws IOException {
            boolean quotes = w.quotes() && !value.quotes().isEmpty();
            if (!quotes && value.sections().isEmpty()) {
                return;
            }
            w.field(term).writeStartArray();
            if (quotes) {
                for (Quote q : value.quotes()) {
                    QUOTATION.writeNode(w, q);
                }
            }
            for (String selector : value.sections()) {
                SECTION.writeNode(w, selector);
            }
            w.g().writeEndArray();
        }

        @Override
        public Parts read(Reading r, Field f) {
            List<Quote> quotes = new ArrayList<>();
            List<String> sections = new ArrayList<>();
            for (Field e : r.graph().elements(f)) {
                if (!e.value().isObject()) {
                    continue;
                }
                Node n = r.graph().resolve(e, true);
                if (n == null) {
                    continue;
                }
                Types types = r.graph().types(n, true);
                if (types.has(Term.QUOTATION)) {
                    Quote q = quote(r, n);
                    if (q != null) {
                        quotes.add(q);
                    }
                } else if (types.has(Term.WEB_PAGE_ELEMENT)) {
                    sections(r, n, sections);
                }
            }
            return new Parts(quotes, sections);
        }
    };

    private PartMapping() {
    }

    private static Quote quote(Reading r, Node n) {
        return QUOTATION.read(r, n, (v, at) -> {
            String text = v.get(TEXT);
            Party speaker = v.get(SPEAKER);
            if (r.lenient() && text == null && speaker == null) {
                r.findings().error(ReadCode.VALUE_UNREADABLE, at.block(), at.path(), "a Quotation with no text and no creator; left out");
                return null;
            }
            return new Quote(text, speaker, false, null);
        });
    }

    /** The selectors of a paywalled section; a section free to read is none. */
    private static void sections(Reading r, Node n, List<String> out) {
        Values<String> v = SECTION.values(r, n);
        if (!Boolean.FALSE.equals(v.get(FREE))) {
            return;
        }
        // a section may name several selectors: each is read
        Field selectors = r.graph().get(n, SELECTOR.term());
        if (selectors == null) {
            r.findings().error(ReadCode.VALUE_UNREADABLE, n.first().block(), n.first().path(),
                    "a paywalled section without a cssSelector; left out");
            return;
        }
        for (Field selector : r.graph().elements(selectors)) {
            String text = r.values().text(selector, TextCleaner.Kind.LINE);
            if (text != null) {
                out.add(text);
            }
        }
    }
}
