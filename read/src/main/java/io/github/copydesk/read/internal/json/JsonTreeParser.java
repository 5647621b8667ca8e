package io.github.copydesk.read.internal.json;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import io.github.copydesk.read.ReadCode;
import io.github.copydesk.read.ReadException;
import io.github.copydesk.read.ReadFinding;
import io.github.copydesk.read.ReadLimits;
import io.github.copydesk.read.internal.Findings;
import io.github.copydesk.read.internal.JsonPath;
import io.github.copydesk.validation.Severity;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.core.io.JsonEOFException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Parses one block of JSON into jackson-databind trees, within limits, on private factories
 * ({@link JsonFactories}) whose constraints hold the depth, string and number limits; the node count
 * and the depth are checked here first. The tree is built without recursion. Positions come from the
 * parser's own locations, the same in every supported Jackson version.
 *
 * <p>Strict: the block must be one JSON value (RFC 8259), with no key twice in an object. Lenient: a
 * CDATA or HTML comment wrapper is removed; a block that is not JSON is read by a forgiving parser
 * (single quotes, trailing commas, comments, control characters in strings, unquoted names,
 * {@code NaN}); then up to {@link #MAX_REPAIRS} repairs at the place the parser stops (a missing value
 * read as {@code null}, unquoted text read as a string, unescaped quotation marks inside a string
 * escaped); what still fails is reported and what was read before it is kept. A key given twice keeps
 * its last value, as JavaScript's {@code JSON.parse} does. Several values in one block are each read.
 *
 * <p>A format says what it keeps through a {@link Shape}. Immutable and thread-safe.
 */
public final class JsonTreeParser {

    /** The most text repairs in one block. */
    public static final int MAX_REPAIRS = 32;

    private final ReadLimits limits;
    private final boolean strict;
    private final JsonFactory plain;
    private final JsonFactory forgiving;

    /**
     * What a format keeps of a block while it is parsed.
     */
    public interface Shape {
        /**
         * Whether the value of a property is read. A scalar value that is not read is skipped by the
         * parser without being decoded; an array or object that is not read is kept empty of scalars.
         *
         * @param name the property's name as written
         * @return whether its value is read
         */
        boolean reads(String name);

        /** Called before each attempt at the block: what an earlier, failed attempt reported is void. */
        void restart();

        /**
         * Called for each object once it is complete.
         *
         * @param object the object
         * @param at where it is: {@link At#path()} gives its path
         */
        void objectEnded(ObjectNode object, At at);
    }

    /** Where the parser is: asked only when needed, since a path costs an allocation per step. */
    public interface At {
        /** @return the JSON path of the value just completed, within its block value */
        JsonPath path();

        /** @return the index of the block's value being parsed (a block may hold several in lenient mode) */
        int root();
    }

    /** The JSON values counted so far in one read, across its blocks. */
    public static final class Budget {
        private int nodes;
    }

    /**
     * A parser with limits.
     *
     * @param limits the limits
     * @param strict whether to read strictly
     */
    public JsonTreeParser(ReadLimits limits, boolean strict) {
        this.limits = limits;
        this.strict = strict;
        this.plain = JsonFactories.strict(limits);
        this.forgiving = JsonFactories.forgiving(limits);
    }

    /**
     * Parses a block.
     *
     * @param text the block (a byte order mark already read as a space)
     * @param block its index
     * @param budget the values counted so far in this read
     * @param findings where lenient mode reports repairs
     * @param shape what the format keeps
     * @return the values of the block: one in strict mode; any number in lenient mode
     * @throws ReadException in strict mode if the block is not JSON; in both modes if a limit is exceeded
     */
    public List<JsonNode> parse(String text, int block, Budget budget, Findings findings, Shape shape) {
        if (!strict) {
            return lenient(text, block, budget, findings, shape);
        }
        List<JsonNode> roots = new ArrayList<>(1);
        try {
            build(plain, text, block, budget, findings, shape, roots, true);
        } catch (Syntax e) {
            throw stop(e.duplicate ? ReadCode.JSON_DUPLICATE_KEY : ReadCode.JSON_MALFORMED, block, e.path, text, e.offset,
                    e.message);
        }
        if (roots.isEmpty()) {
            throw stop(ReadCode.JSON_MALFORMED, block, "$", text, text.length(), "no JSON value");
        }
        return roots;
    }

    private static ReadException stop(ReadCode code, int block, String path, String text, int offset, String detail) {
        return new ReadException(new ReadFinding(Severity.ERROR, code, block, path, Positions.line(text, offset),
                Positions.column(text, offset), detail), null, null);
    }

    private List<JsonNode> lenient(String original, int block, Budget budget, Findings findings, Shape shape) {
        String current = original;
        Repairs.Unwrapped unwrapped = Repairs.unwrap(original);
        if (unwrapped != null) {
            current = unwrapped.text();
            findings.syntax(Severity.WARNING, ReadCode.JSON_REPAIRED, block, "$", Positions.line(original, unwrapped.start()),
                    Positions.column(original, unwrapped.start()),
                    (unwrapped.cdata() ? "CDATA" : "HTML comment") + " wrapper around the JSON removed");
        }
        List<JsonNode> roots = new ArrayList<>(1);
        int counted = budget.nodes;
        int before = findings.mark();
        Syntax first;
        try {
            build(plain, current, block, budget, findings, shape, roots, false);
            if (roots.isEmpty()) {
                findings.syntax(Severity.ERROR, ReadCode.JSON_MALFORMED, block, "$", 0, 0, "the block is empty: no JSON value");
            }
            return roots;
        } catch (Syntax e) {
            first = e;
            findings.reset(before);
        }
        Repairs repairs = new Repairs();
        List<Integer> repaired = new ArrayList<>();
        Syntax last = first;
        for (int attempt = 0; ; attempt++) {
            roots.clear();
            budget.nodes = counted;
            int mark = findings.mark();
            try {
                build(forgiving, current, block, budget, findings, shape, roots, false);
                if (!repaired.contains(first.offset)) {
                    int at = first.offset;
                    findings.syntax(Severity.WARNING, ReadCode.JSON_REPAIRED, block, first.path, Positions.line(original, at),
                            Positions.column(original, at), "not strict JSON (" + first.message + "): read with a forgiving parser");
                }
                return roots;
            } catch (Syntax e) {
                last = e;
            }
            Repairs.Repair repair = attempt < MAX_REPAIRS ? Repairs.at(current, last.offset) : null;
            if (repair == null) {
                break;
            }
            findings.reset(mark);
            int at = repairs.toOriginal(last.offset);
            repaired.add(at);
            findings.syntax(Severity.WARNING, ReadCode.JSON_REPAIRED, block, last.path, Positions.line(original, at),
                    Positions.column(original, at), repair.what() + " (" + last.message + ")");
            current = repairs.apply(repair, current);
        }
        int at = repairs.toOriginal(last.offset);
        findings.syntax(Severity.ERROR, ReadCode.JSON_MALFORMED, block, last.path, Positions.line(original, at),
                Positions.column(original, at), "not JSON (" + last.message + "): "
                        + (roots.isEmpty() ? "nothing read" : "read up to here, the rest is left out"));
        return roots;
    }

    /** A syntax error at a position. */
    private static final class Syntax extends Exception {
        private static final long serialVersionUID = 1L;
        final int offset;
        final String message;
        final String path;
        final boolean duplicate;

        Syntax(int offset, String message, String path, boolean duplicate) {
            super(message, null, false, false);
            this.offset = offset;
            this.message = message;
            this.path = path;
            this.duplicate = duplicate;
        }
    }

    /** The parser's position, reported to a {@link Shape} on demand. */
    private static final class ParserAt implements At {
        JsonParser parser;
        int root;

        @Override
        public JsonPath path() {
            return Positions.pathOf(parser);
        }

        @Override
        public int root() {
            return root;
        }
    }

    private void build(JsonFactory factory, String text, int block, Budget budget, Findings findings, Shape shape,
            List<JsonNode> roots, boolean single) throws Syntax {
        JsonNodeFactory nodes = JsonNodeFactory.instance;
        JsonNode[] stack = new JsonNode[16];
        // for each open array: whether it is the value of a property the format does not read
        boolean[] unread = new boolean[16];
        // strict mode: the names of each open object, to find a key given twice
        List<Set<String>> names = single ? new ArrayList<>() : null;
        int depth = 0;
        // whether the parser is decoding the current token's value (Jackson decodes strings and
        // numbers lazily), rather than looking for the next token
        boolean decoding = false;
        ParserAt at = new ParserAt();
        JsonParser p = null;
        shape.restart();
        try {
            p = factory.createParser(text);
            at.parser = p;
            JsonToken t;
            while ((t = p.nextToken()) != null) {
                switch (t) {
                    case FIELD_NAME -> {
                        if (names != null && !names.get(names.size() - 1).add(p.currentName())) {
                            throw new Syntax(offset(p.currentTokenLocation(), text), "the key \"" + p.currentName()
                                    + "\" appears twice in one object", Positions.pathOf(p).toString(), true);
                        }
                        continue;
                    }
                    case END_ARRAY -> {
                        depth--;
                        continue;
                    }
                    case END_OBJECT -> {
                        ObjectNode object = (ObjectNode) stack[--depth];
                        if (names != null) {
                            names.remove(names.size() - 1);
                        }
                        shape.objectEnded(object, at);
                        continue;
                    }
                    default -> {
                    }
                }
                if (depth == 0 && single && !roots.isEmpty()) {
                    throw new Syntax(offset(p.currentTokenLocation(), text), "more than one JSON value",
                            Positions.pathOf(p).toString(), false);
                }
                if (++budget.nodes > limits.maxNodes()) {
                    int offset = offset(p.currentTokenLocation(), text);
                    throw ReadException.limit(ReadLimits.Limit.NODES, block, Positions.line(text, offset),
                            Positions.column(text, offset), "more than " + limits.maxNodes() + " JSON values (maxNodes)");
                }
                boolean container = t == JsonToken.START_OBJECT || t == JsonToken.START_ARRAY;
                boolean read = true;
                if (depth > 0) {
                    read = stack[depth - 1] instanceof ObjectNode ? shape.reads(p.currentName()) : !unread[depth - 1];
                    if (!read && !container) {
                        // a value of a property that is not read: the parser skips it without decoding it
                        continue;
                    }
                }
                decoding = true;
                JsonNode node = switch (t) {
                    case START_OBJECT -> nodes.objectNode();
                    case START_ARRAY -> nodes.arrayNode();
                    case VALUE_STRING -> nodes.textNode(p.getText());
                    case VALUE_NUMBER_INT -> switch (p.getNumberType()) {
                        case INT -> nodes.numberNode(p.getIntValue());
                        case LONG -> nodes.numberNode(p.getLongValue());
                        default -> nodes.numberNode(p.getBigIntegerValue());
                    };
                    case VALUE_NUMBER_FLOAT -> nodes.numberNode(p.getDoubleValue());
                    case VALUE_TRUE -> nodes.booleanNode(true);
                    case VALUE_FALSE -> nodes.booleanNode(false);
                    default -> nodes.nullNode();
                };
                decoding = false;
                if (depth == 0) {
                    roots.add(node);
                    at.root = roots.size() - 1;
                } else if (stack[depth - 1] instanceof ObjectNode object) {
                    String name = p.currentName();
                    if (object.has(name)) {
                        int offset = offset(p.currentTokenLocation(), text);
                        findings.syntax(Severity.WARNING, ReadCode.JSON_DUPLICATE_KEY, block, Positions.pathOf(p).toString(),
                                Positions.line(text, offset), Positions.column(text, offset),
                                "the key \"" + name + "\" appears twice in one object: the last value is kept");
                    }
                    object.set(name, node);
                } else {
                    ((ArrayNode) stack[depth - 1]).add(node);
                }
                if (container) {
                    if (depth >= limits.maxDepth()) {
                        int offset = offset(p.currentTokenLocation(), text);
                        throw ReadException.limit(ReadLimits.Limit.DEPTH, block, Positions.line(text, offset),
                                Positions.column(text, offset), "nested deeper than " + limits.maxDepth() + " (maxDepth)");
                    }
                    if (depth == stack.length) {
                        stack = Arrays.copyOf(stack, depth * 2);
                        unread = Arrays.copyOf(unread, depth * 2);
                    }
                    unread[depth] = !read;
                    stack[depth++] = node;
                    if (names != null && t == JsonToken.START_OBJECT) {
                        names.add(new HashSet<>());
                    }
                }
            }
        } catch (StreamConstraintsException e) {
            throw limit(text, block, p, decoding);
        } catch (JsonProcessingException e) {
            throw new Syntax(offending(text, p, e), message(e), Positions.pathOf(p).toString(), false);
        } catch (IOException e) {
            throw new Syntax(0, "unreadable: " + e.getMessage(), "$", false);
        } finally {
            if (p != null) {
                try {
                    p.close();
                } catch (IOException ignored) {
                    // a parser on a String holds nothing to release
                }
            }
        }
    }

    private static int offset(JsonLocation location, String text) {
        return (int) Math.max(0, Math.min(location.getCharOffset(), text.length()));
    }

    /**
     * Which limit Jackson's constraints stopped at, told by the token it was reading: a string (or a
     * name), a number, or a container too deep.
     */
    private ReadException limit(String text, int block, JsonParser p, boolean decoding) {
        int offset = p == null ? 0 : offset(p.currentLocation(), text);
        char first;
        if (p == null) {
            first = 0;
        } else if (decoding) {
            first = p.currentToken() == JsonToken.VALUE_STRING ? '"' : '0';
        } else {
            first = Tokens.nextTokenStart(text, p.currentToken(), offset(p.currentTokenLocation(), text));
        }
        ReadLimits.Limit limit;
        String detail;
        if (first == '[' || first == '{') {
            limit = ReadLimits.Limit.DEPTH;
            detail = "nested deeper than " + limits.maxDepth() + " (maxDepth)";
        } else if (first == '-' || (first >= '0' && first <= '9') || first == '.') {
            limit = ReadLimits.Limit.NUMBER_LENGTH;
            detail = "a number longer than " + ReadLimits.MAX_NUMBER_LENGTH + " chars";
        } else {
            limit = ReadLimits.Limit.STRING_LENGTH;
            detail = "a string longer than " + limits.maxStringLength() + " chars (maxStringLength)";
        }
        return ReadException.limit(limit, block, Positions.line(text, offset), Positions.column(text, offset), detail);
    }

    /**
     * Jackson's own description of a syntax problem, without the locations it mentions (a finding
     * gives the position itself): {@code "... (for Object starting at [Source: ...; line: 1, column: 1])"}
     * becomes {@code "... (for Object starting)"}.
     */
    static String message(JsonProcessingException e) {
        String m = e.getOriginalMessage();
        if (m == null) {
            m = String.valueOf(e.getMessage());
        }
        int source = m.indexOf("[Source:");
        if (source >= 0) {
            int cut = source;
            for (String before : new String[] {" (start marker at ", " at "}) {
                if (m.startsWith(before, source - before.length())) {
                    cut = source - before.length();
                    break;
                }
            }
            StringBuilder kept = new StringBuilder(m.substring(0, cut));
            int open = 0;
            for (int i = 0; i < kept.length(); i++) {
                open += kept.charAt(i) == '(' ? 1 : kept.charAt(i) == ')' ? -1 : 0;
            }
            for (; open > 0; open--) {
                kept.append(')');
            }
            m = kept.toString();
        }
        return m.replace('\n', ' ').replace('\r', ' ');
    }

    /**
     * Where the problem is, from the locations Jackson gives. The parser's own location is just past
     * what it stopped at in every supported version; the exception's location is exact where it lies
     * before that (Jackson 2.16 and later), so it is used then. A problem the parser found at the end
     * of the text (an unexpected end) is at the end.
     * Otherwise: the start of an unrecognized token (a run of identifier characters that starts
     * with a letter, such as {@code tru}); else the character just read.
     */
    private static int offending(String text, JsonParser p, JsonProcessingException e) {
        int pointer = p == null ? 0 : offset(p.currentLocation(), text);
        if (e.getLocation() != null && e.getLocation().getCharOffset() >= 0) {
            int reported = offset(e.getLocation(), text);
            if (reported < pointer) {
                return reported;
            }
        }
        if (e instanceof JsonEOFException || pointer >= text.length()) {
            return text.length();
        }
        if (pointer == 0) {
            return 0;
        }
        int at = pointer - 1;
        int start = at;
        while (start > 0 && identifier(text.charAt(start - 1))) {
            start--;
        }
        return identifier(text.charAt(at)) && Character.isLetter(text.charAt(start)) ? start : at;
    }

    private static boolean identifier(char c) {
        return Character.isJavaIdentifierPart(c) && !Character.isIdentifierIgnorable(c);
    }
}
