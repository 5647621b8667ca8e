package io.github.copydesk.ninjs.internal;

import java.io.IOException;

import io.github.copydesk.ninjs.NinjsVersion;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.io.SerializedString;

/**
 * The state of one write shared by the mappings: the generator and the generation whose names are
 * written. One per write; not thread-safe.
 */
final class Writing {

    /** Every term's name in each generation, quoted and escaped once, as Jackson writes names fastest. */
    private static final SerializedString[][] KEYS = new SerializedString[NinjsVersion.values().length][];

    static {
        for (NinjsVersion g : NinjsVersion.values()) {
            KEYS[g.ordinal()] = new SerializedString[Term.values().length];
            for (Term t : Term.values()) {
                String name = t.name(g);
                KEYS[g.ordinal()][t.ordinal()] = name == null ? null : new SerializedString(name);
            }
        }
    }

    private final JsonGenerator g;
    private final NinjsVersion generation;
    private final SerializedString[] keys;

    Writing(JsonGenerator g, NinjsVersion generation) {
        this.g = g;
        this.generation = generation;
        this.keys = KEYS[generation.ordinal()];
    }

    /** @return the generator */
    JsonGenerator g() {
        return g;
    }

    /**
     * Writes a property name in the written generation.
     *
     * @param t the term, which the generation has
     * @return the generator, for the value
     * @throws IOException if the target fails
     */
    JsonGenerator field(Term t) throws IOException {
        g.writeFieldName(keys[t.ordinal()]);
        return g;
    }

    /**
     * Writes a text property unless the text is absent or empty.
     *
     * @param t the term
     * @param text the text, or {@code null}
     * @throws IOException if the target fails
     */
    void text(Term t, String text) throws IOException {
        if (text != null && !text.isEmpty()) {
            field(t).writeString(text);
        }
    }

    /** @return the generation whose names are written */
    NinjsVersion generation() {
        return generation;
    }
}
