package io.github.copydesk.read.internal.json;

import java.io.IOException;
import java.math.BigInteger;
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
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.core.io.JsonEOFException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Parses one block of JSON into jackson-databind trees, within limits, on private factories
 * ({@link JsonFactories}) whose constraints hold the depth, string (and name) and number limits; the
 * node count, the depth and the length of names are checked here first or too. The tree is built
 * without recursion. Positions come from the parser's own locations, the same in every supported
 * Jackson version, and are given in the block as given; a string, name or number too long is
 * reported where it starts.
 *
 * <p>Strict: the block must be one JSON value (RFC 8259), with no key twice in an object. Lenient: a
 * CDATA or HTML comment wrapper is removed; a block that is not JSON is read by a forgiving parser
 * (single quotes, trailing commas, comments, control characters in strings, unquoted names,
 * {@code NaN}); then up to {@link #MAX_REPAIRS} repairs at the place the parser stops (a missing value
 * read as {@code null}, unquoted text read as a string, unescaped quotation marks inside a string
 * escaped, a missing comma between two values inserted); what still fails is reported and what was
 * read before it is kept. A block that ends before its value does is read up to its end with an
 * error, not repaired: nothing tells a closing bracket forgotten from the rest of the block cut off.
 * A key given twice keeps its last value, as JavaScript's {@code JSON.parse} does, reported at the
 * second key's name. Several values in one block are each read.
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
        Source source = new Source(text, block, new Repairs());
        try {
            if (!strict) {
                return lenient(source, budget, findings, shape);
            }
            List<JsonNode> roots = new ArrayList<>(1);
            try {
                build(plain, text, source, budget, findings, shape, roots, true);
            } catch (Syntax e) {
                throw stop(e.duplicate ? ReadCode.JSON_DUPLICATE_KEY : ReadCode.JSON_MALFORMED, source, e.path, e.offset, e.message);
            }
            if (roots.isEmpty()) {
                throw stop(ReadCode.JSON_MALFORMED, source, "$", text.length(), "no JSON value");
            }
            return roots;
        } catch (Exceeded e) {
            throw ReadException.limit(e.limit, block, source.line(e.offset), source.column(e.offset), e.detail);
        }
    }

    private static ReadException stop(ReadCode code, Source source, String path, int offset, String detail) {
        return new ReadException(new ReadFinding(Severity.ERROR, code, source.block(), path, source.line(offset),
                source.column(offset), detail), null, null);
    }

    private List<JsonNode> lenient(Source source, Budget budget, Findings findings, Shape shape) throws Exceeded {
        String original = source.original();
        int block = source.block();
        String current = original;
        Repairs.Unwrapped unwrapped = Repairs.unwrap(original);
        if (unwrapped != null) {
            current = unwrapped.text();
            findings.syntax(Severity.WARNING, ReadCode.JSON_REPAIRED, block, "$", source.line(unwrapped.start()),
                    source.column(unwrapped.start()), (unwrapped.cdata() ? "CDATA" : "HTML comment") + " wrapper around the JSON removed");
        }
        List<JsonNode> roots = new ArrayList<>(1);
        int counted = budget.nodes;
        int before = findings.mark();
        Syntax first;
        try {
            build(plain, current, source, budget, findings, shape, roots, false);
            if (roots.isEmpty()) {
                findings.syntax(Severity.ERROR, ReadCode.JSON_MALFORMED, block, "$", 0, 0, "the block is empty: no JSON value");
            }
            return roots;
        } catch (Syntax e) {
            first = e;
            findings.reset(before);
        }
        Repairs repairs = source.repairs();
        List<Integer> repaired = new ArrayList<>();
        Syntax last = first;
        for (int attempt = 0; ; attempt++) {
            roots.clear();
            budget.nodes = counted;
            int mark = findings.mark();
            try {
                build(forgiving, current, source, budget, findings, shape, roots, false);
                if (!repaired.contains(first.offset)) {
                    findings.syntax(Severity.WARNING, ReadCode.JSON_REPAIRED, block, first.path, source.line(first.offset),
                            source.column(first.offset), "not strict JSON (" + first.message + "): read with a forgiving parser");
                }
                return roots;
            } catch (Syntax e) {
                last = e;
            }
            ObjectNode object = last.object;
            Repairs.Repair repair = attempt < MAX_REPAIRS
                    ? Repairs.at(current, last.offset, last.container, name -> object != null && object.has(name)) : null;
            if (repair == null) {
                break;
            }
            findings.reset(mark);
            repaired.add(repairs.toOriginal(last.offset));
            findings.syntax(Severity.WARNING, ReadCode.JSON_REPAIRED, block, last.path, source.line(last.offset),
                    source.column(last.offset), repair.what() + " (" + last.message + ")");
            current = repairs.apply(repair, current);
        }
        String read;
        if (roots.isEmpty()) {
            read = "nothing read";
        } else if (last.offset >= current.length()) {
            // a bracket missing at the end, or the rest of a block cut off: which, nothing tells
            read = "the block ends before its value does: read up to its end";
        } else {
            read = "read up to here, the rest is left out";
        }
        findings.syntax(Severity.ERROR, ReadCode.JSON_MALFORMED, block, last.path, source.line(last.offset),
                source.column(last.offset), "not JSON (" + last.message + "): " + read);
        return roots;
    }

    /**
     * The block as given, and how the text parsed maps back to it: a lenient reader parses the block
     * with its wrapper blanked out (positions stay) and with the text its repairs insert.
     */
    private record Source(String original, int block, Repairs repairs) {
        int line(int offset) {
            return Positions.line(original, repairs.toOriginal(offset));
        }

        int column(int offset) {
            return Positions.column(original, repairs.toOriginal(offset));
        }
    }

    /** A syntax error at an offset of the text parsed. */
    private static final class Syntax extends Exception {
        private static final long serialVersionUID = 1L;
        final int offset;
        final String message;
        final String path;
        final boolean duplicate;
        /** Where the parser was: {@code '['} in an array, <code>'{'</code> in an object, 0 between values. */
        final char container;
        /** The object the parser was in, as read so far; or {@code null}. */
        final transient ObjectNode object;

        Syntax(int offset, String message, String path, boolean duplicate, char container, ObjectNode object) {
            super(message, null, false, false);
            this.offset = offset;
            this.message = message;
            this.path = path;
            this.duplicate = duplicate;
            this.container = container;
            this.object = object;
        }
    }

    /** A limit exceeded at an offset of the text parsed. */
    private static final class Exceeded extends Exception {
        private static final long serialVersionUID = 1L;
        final ReadLimits.Limit limit;
        final int offset;
        final String detail;

        Exceeded(ReadLimits.Limit limit, int offset, String detail) {
            super(detail, null, false, false);
            this.limit = limit;
            this.offset = offset;
            this.detail = detail;
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

    private void build(JsonFactory factory, String text, Source source, Budget budget, Findings findings, Shape shape,
            List<JsonNode> roots, boolean single) throws Syntax, Exceeded {
        JsonNodeFactory nodes = JsonNodeFactory.instance;
        JsonNode[] stack = new JsonNode[16];
        // for each open array: whether it is the value of a property the format does not read
        boolean[] unread = new boolean[16];
        // strict mode: the names of each open object, to find a key given twice
        List<Set<String>> names = single ? new ArrayList<>() : null;
        int depth = 0;
        // lenient mode: where the name of the current member starts when its object has that name already; else -1
        int twice = -1;
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
                        String name = p.currentName();
                        if (name.length() > limits.maxStringLength()) {
                            // Jackson 2.16 and later stop at such a name themselves (JsonFactories), 2.15 does not
                            throw new Exceeded(ReadLimits.Limit.STRING_LENGTH, offset(p.currentTokenLocation(), text), stringLimit());
                        }
                        if (names != null) {
                            if (!names.get(names.size() - 1).add(name)) {
                                throw new Syntax(offset(p.currentTokenLocation(), text), "the key \"" + name
                                        + "\" appears twice in one object", Positions.pathOf(p).toString(), true, '{', null);
                            }
                        } else {
                            twice = ((ObjectNode) stack[depth - 1]).has(name) ? offset(p.currentTokenLocation(), text) : -1;
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
                    // a value after the block's value, whatever its kind: the block is where it is
                    throw new Syntax(offset(p.currentTokenLocation(), text), "more than one JSON value", "$", false, (char) 0, null);
                }
                if (++budget.nodes > limits.maxNodes()) {
                    throw new Exceeded(ReadLimits.Limit.NODES, offset(p.currentTokenLocation(), text),
                            "more than " + limits.maxNodes() + " JSON values (maxNodes)");
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
                JsonNode node = switch (t) {
                    case START_OBJECT -> nodes.objectNode();
                    case START_ARRAY -> nodes.arrayNode();
                    case VALUE_STRING -> nodes.textNode(p.getText());
                    case VALUE_NUMBER_INT -> numberText(p) ? integer(p) : switch (p.getNumberType()) {
                        case INT -> nodes.numberNode(p.getIntValue());
                        case LONG -> nodes.numberNode(p.getLongValue());
                        default -> nodes.numberNode(p.getBigIntegerValue());
                    };
                    case VALUE_NUMBER_FLOAT -> nodes.numberNode(numberText(p) ? Double.parseDouble(text(p)) : p.getDoubleValue());
                    case VALUE_TRUE -> nodes.booleanNode(true);
                    case VALUE_FALSE -> nodes.booleanNode(false);
                    default -> nodes.nullNode();
                };
                if (depth == 0) {
                    roots.add(node);
                    at.root = roots.size() - 1;
                } else if (stack[depth - 1] instanceof ObjectNode object) {
                    if (twice >= 0) {
                        findings.syntax(Severity.WARNING, ReadCode.JSON_DUPLICATE_KEY, source.block(), Positions.pathOf(p).toString(),
                                source.line(twice), source.column(twice),
                                "the key \"" + p.currentName() + "\" appears twice in one object: the last value is kept");
                    }
                    object.set(p.currentName(), node);
                } else {
                    ((ArrayNode) stack[depth - 1]).add(node);
                }
                if (container) {
                    if (depth >= limits.maxDepth()) {
                        throw new Exceeded(ReadLimits.Limit.DEPTH, offset(p.currentTokenLocation(), text), depthLimit());
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
            throw exceeded(text, p);
        } catch (JsonProcessingException e) {
            JsonStreamContext context = p == null ? null : p.getParsingContext();
            char container = context == null || context.inRoot() ? 0 : context.inArray() ? '[' : '{';
            ObjectNode object = container == '{' && depth > 0 && stack[depth - 1] instanceof ObjectNode o ? o : null;
            throw new Syntax(offending(text, p, e), message(e), Positions.pathOf(p).toString(), false, container, object);
        } catch (IOException e) {
            throw new Syntax(0, "unreadable: " + e.getMessage(), "$", false, (char) 0, null);
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
     * Whether the number just read is longer than the string limit. Jackson checks the text of a
     * number against the string limit when it converts it (a {@code BigInteger}; in 2.15 a
     * {@code double} too), and the number limit is Copydesk's only limit on numbers: such a number is
     * converted here, from its text, which Jackson gives without that check.
     */
    private boolean numberText(JsonParser p) throws IOException {
        return limits.maxStringLength() < ReadLimits.MAX_NUMBER_LENGTH && p.getTextLength() > limits.maxStringLength();
    }

    private static String text(JsonParser p) throws IOException {
        return new String(p.getTextCharacters(), p.getTextOffset(), p.getTextLength());
    }

    /** An integer from its text, as the narrowest node Jackson makes for it: an int, a long, a big integer. */
    private static JsonNode integer(JsonParser p) throws IOException {
        BigInteger value = new BigInteger(text(p));
        if (value.bitLength() < Integer.SIZE) {
            return JsonNodeFactory.instance.numberNode(value.intValue());
        }
        if (value.bitLength() < Long.SIZE) {
            return JsonNodeFactory.instance.numberNode(value.longValue());
        }
        return JsonNodeFactory.instance.numberNode(value);
    }

    private String stringLimit() {
        return "a string longer than " + limits.maxStringLength() + " chars (maxStringLength)";
    }

    private String depthLimit() {
        return "nested deeper than " + limits.maxDepth() + " (maxDepth)";
    }

    /**
     * Which limit Jackson's constraints stopped at, told by the token it was reading, and where that
     * token starts (the same place on every read, whatever Jackson's buffers hold): a string or a
     * name, a number, or a container too deep. The parser's current token location is a token start
     * at or before that token (the previous token's, or the token's own, depending on where the
     * constraint failed); its location is within or just past the token.
     */
    private Exceeded exceeded(String text, JsonParser p) {
        int start = p == null ? 0 : Tokens.startBefore(text, offset(p.currentTokenLocation(), text), offset(p.currentLocation(), text));
        char first = start < text.length() ? text.charAt(start) : 0;
        if (first == '[' || first == '{') {
            return new Exceeded(ReadLimits.Limit.DEPTH, start, depthLimit());
        }
        if (first == '-' || first == '+' || first == '.' || (first >= '0' && first <= '9')) {
            return new Exceeded(ReadLimits.Limit.NUMBER_LENGTH, start, "a number longer than " + ReadLimits.MAX_NUMBER_LENGTH + " chars");
        }
        return new Exceeded(ReadLimits.Limit.STRING_LENGTH, start, stringLimit());
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
     * Where the problem is, from the parser's own location, which is the same in every supported
     * Jackson version: just past the char it stopped at. (The exception's location is not used: from
     * 2.16 on it is that char, or the start of an unrecognized token; in 2.15 it is the parser's.)
     * The problem is at the end of the text when the text ended early: an unexpected end, or the end
     * reached after white space or after a comma that follows a value. Otherwise it is the start of an
     * unrecognized token (a run of identifier chars that starts a value, such as {@code tru}), or else
     * the char the parser stopped at.
     */
    private static int offending(String text, JsonParser p, JsonProcessingException e) {
        int pointer = p == null ? 0 : offset(p.currentLocation(), text);
        boolean root = p == null || p.getParsingContext().inRoot();
        if (e instanceof JsonEOFException || (pointer >= text.length() && !root && endedEarly(text, pointer))) {
            return text.length();
        }
        if (pointer == 0) {
            return 0;
        }
        int at = pointer - 1;
        if (!identifier(text.charAt(at))) {
            return at;
        }
        int start = at;
        while (start > 0 && identifier(text.charAt(start - 1))) {
            start--;
        }
        boolean escape = start > 0 && text.charAt(start - 1) == '\\';
        return !escape && Character.isJavaIdentifierStart(text.charAt(start)) ? start : at;
    }

    /** Whether a text that a parser read to its end ended between values: after white space, or after a comma that follows a value. */
    private static boolean endedEarly(String text, int end) {
        int i = end - 1;
        if (i < 0 || Repairs.isSpace(text.charAt(i))) {
            return true;
        }
        if (text.charAt(i) != ',') {
            return false;
        }
        do {
            i--;
        } while (i >= 0 && Repairs.isSpace(text.charAt(i)));
        return i >= 0 && ",:[{".indexOf(text.charAt(i)) < 0;
    }

    /**
     * Whether a char may be part of a token Jackson does not recognize: a Java identifier part, as
     * Jackson reads such a token, but no C0 control char (one of those is a problem of its own).
     */
    private static boolean identifier(char c) {
        return c >= 0x20 && Character.isJavaIdentifierPart(c);
    }
}
