package io.github.copydesk.jsonld.internal;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.github.copydesk.jsonld.JsonLdException;
import io.github.copydesk.jsonld.ReadFinding.Code;
import io.github.copydesk.validation.Severity;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Parses one block into jackson-databind trees, within the limits, on private {@link JsonFactory}s
 * whose {@link StreamReadConstraints} hold the depth, string and number limits; the node count is
 * checked here. The tree is built without recursion.
 *
 * <p>Strict: the block must be one JSON value (RFC 8259), with no key twice in an object; a
 * leading byte order mark is ignored. Lenient: a CDATA or HTML comment wrapper is removed; a block
 * that is not JSON is read by a forgiving parser (single quotes, trailing commas, comments,
 * control characters in strings, unquoted names, {@code NaN}); then up to {@link #MAX_REPAIRS}
 * repairs at the place the parser stops (a missing value read as {@code null}, unquoted text read as
 * a string, unescaped quotation marks inside a string escaped); what still fails is reported and
 * what was read before it is kept. A key given twice keeps its last value, as JavaScript's
 * {@code JSON.parse} does. Several values in one block are each read.
 *
 * <p>Immutable and thread-safe.
 */
public final class BlockParser {

    private static final String ID = "@id";
    private static final String CONTEXT = "@context";

    /** The most text repairs in one block. */
    public static final int MAX_REPAIRS = 32;

    /** How far a repair looks ahead for the end of a string or a bare value, in chars. */
    private static final int REPAIR_WINDOW = 64 * 1024;

    private static final Pattern CODE = Pattern.compile("code (\\d+)\\)");
    private static final Pattern TOKEN = Pattern.compile("token '([^']*)'");
    private static final Pattern DUPLICATE = Pattern.compile("Duplicate field '([^']*)'");
    private static final Pattern SOURCE_REFERENCE = Pattern.compile("\\s*\\(start marker at \\[Source: .*$|\\s*at \\[Source: .*$",
            Pattern.DOTALL);
    /** Where a string that ended too early really ends: a quote followed by what may follow a value. */
    private static final Pattern STRING_END = Pattern.compile(
            "\"(?=[ \\t\\r\\n]*(?:,[ \\t\\r\\n]*\"[^\"\\\\\\r\\n]{0,200}\"[ \\t\\r\\n]*:|[}\\]]|,[ \\t\\r\\n]*[\\[{]|\\z))");
    private static final Pattern WRAPPER_START = Pattern.compile("\\A[ \\t\\r\\n]*(?://[ \\t]*|/\\*[ \\t]*)?(<!\\[CDATA\\[|<!--)");
    private static final Pattern WRAPPER_END = Pattern.compile("(?://[ \\t]*|/\\*[ \\t]*)?(\\]\\]>|-->)[ \\t\\r\\n]*(?:\\*/)?[ \\t\\r\\n]*\\z");

    /**
     * Whether this Jackson reports an unexpected character at the position after it: versions before
     * 2.16 do (jackson-core issue 1173), later ones at the character itself.
     */
    private static final boolean REPORTS_AFTER;

    static {
        com.fasterxml.jackson.core.Version v = new JsonFactory().version();
        REPORTS_AFTER = v.getMajorVersion() == 2 && v.getMinorVersion() < 16;
    }

    private final Limits limits;
    private final JsonFactory strict;
    private final JsonFactory plain;
    private final JsonFactory forgiving;

    /**
     * A parser with limits.
     *
     * @param limits the limits
     */
    public BlockParser(Limits limits) {
        this.limits = limits;
        // the depth is checked here first, at the token that goes too deep (the same position in every
        // Jackson version); Jackson's own check, one level deeper, is the backstop
        StreamReadConstraints constraints = StreamReadConstraints.builder()
                .maxNestingDepth(limits.maxDepth() + 1)
                .maxStringLength(limits.maxStringLength())
                .maxNumberLength(Limits.MAX_NUMBER_LENGTH)
                .build();
        this.strict = JsonFactory.builder().streamReadConstraints(constraints)
                .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
                .disable(StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION)
                .build();
        this.plain = JsonFactory.builder().streamReadConstraints(constraints)
                .disable(StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION)
                .build();
        this.forgiving = JsonFactory.builder().streamReadConstraints(constraints)
                .disable(StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION)
                .enable(JsonReadFeature.ALLOW_SINGLE_QUOTES, JsonReadFeature.ALLOW_TRAILING_COMMA,
                        JsonReadFeature.ALLOW_UNESCAPED_CONTROL_CHARS, JsonReadFeature.ALLOW_JAVA_COMMENTS,
                        JsonReadFeature.ALLOW_YAML_COMMENTS, JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS,
                        JsonReadFeature.ALLOW_UNQUOTED_FIELD_NAMES, JsonReadFeature.ALLOW_LEADING_DECIMAL_POINT_FOR_NUMBERS,
                        JsonReadFeature.ALLOW_BACKSLASH_ESCAPING_ANY_CHARACTER)
                .build();
    }

    /**
     * The values of one block, and its node definitions: the objects with an {@code @id} and
     * something more, each with its path, collected while parsing (so that no second walk is needed).
     */
    public static final class Tree {
        private final List<JsonNode> roots = new ArrayList<>(1);
        private final List<ObjectNode> definitions = new ArrayList<>();
        private final List<JsonPath> paths = new ArrayList<>();
        private final List<Integer> rootOfDefinition = new ArrayList<>();

        void clear() {
            roots.clear();
            definitions.clear();
            paths.clear();
            rootOfDefinition.clear();
        }

        /** @return the values of the block, in order */
        public List<JsonNode> roots() {
            return roots;
        }

        /** @return the number of node definitions */
        public int definitions() {
            return definitions.size();
        }

        /**
         * A node definition.
         *
         * @param i its index
         * @return the object
         */
        public ObjectNode definition(int i) {
            return definitions.get(i);
        }

        /**
         * The path of a node definition; under {@code $[r]} when the block holds several values.
         *
         * @param i its index
         * @return the path
         */
        public JsonPath path(int i) {
            if (roots.size() == 1) {
                return paths.get(i);
            }
            JsonPath path = JsonPath.ROOT.index(rootOfDefinition.get(i));
            for (Object step : paths.get(i).steps()) {
                path = step instanceof Integer index ? path.index(index) : path.child((String) step);
            }
            return path;
        }
    }

    /** The JSON values counted so far in one read, across its blocks. */
    public static final class Budget {
        private int nodes;
    }

    /**
     * Parses a block.
     *
     * @param text the block
     * @param block its index
     * @param budget the values counted so far in this read
     * @param findings where lenient mode reports repairs
     * @return the values of the block (one in strict mode; any number in lenient mode) and its node definitions
     * @throws ReadFailure in strict mode if the block is not JSON; in both modes if a limit is exceeded
     */
    public Tree parse(String text, int block, Budget budget, Findings findings) {
        String input = text.startsWith("\uFEFF") ? " " + text.substring(1) : text;
        if (limits.strict()) {
            Tree roots = new Tree();
            try {
                build(strict, input, block, budget, findings, roots, true);
            } catch (Syntax e) {
                throw new ReadFailure(e.duplicate ? JsonLdException.Code.DUPLICATE_KEY : JsonLdException.Code.MALFORMED, null,
                        block, line(input, e.offset), column(input, e.offset), null, e.message, null);
            }
            if (roots.roots.isEmpty()) {
                throw new ReadFailure(JsonLdException.Code.MALFORMED, null, block, line(input, input.length()),
                        column(input, input.length()), null, "no JSON value", null);
            }
            return roots;
        }
        return lenient(input, text, block, budget, findings);
    }

    private Tree lenient(String input, String original, int block, Budget budget, Findings findings) {
        String current = unwrap(input, block, findings);
        Tree roots = new Tree();
        int counted = budget.nodes;
        int before = findings.mark();
        Syntax first;
        try {
            build(plain, current, block, budget, findings, roots, false);
            if (roots.roots.isEmpty()) {
                findings.syntax(Severity.ERROR, Code.JSON_MALFORMED, block, "$", 0, 0, "the block is empty: no JSON value");
            }
            return roots;
        } catch (Syntax e) {
            first = e;
            findings.reset(before);
        }
        Insertions insertions = new Insertions();
        List<Integer> repaired = new ArrayList<>();
        Syntax last = first;
        for (int attempt = 0; ; attempt++) {
            roots.clear();
            budget.nodes = counted;
            int mark = findings.mark();
            try {
                build(forgiving, current, block, budget, findings, roots, false);
                if (!repaired.contains(first.offset)) {
                    int at = first.offset;
                    findings.syntax(Severity.WARNING, Code.JSON_REPAIRED, block, first.path, line(original, at), column(original, at),
                            "not strict JSON (" + first.message + "): read with a forgiving parser");
                }
                return roots;
            } catch (Syntax e) {
                last = e;
            }
            Repair repair = attempt < MAX_REPAIRS ? repair(current, last.offset) : null;
            if (repair == null) {
                break;
            }
            findings.reset(mark);
            int at = insertions.toOriginal(last.offset);
            repaired.add(at);
            findings.syntax(Severity.WARNING, Code.JSON_REPAIRED, block, last.path, line(original, at), column(original, at),
                    repair.what + " (" + last.message + ")");
            current = repair.apply(current, insertions);
        }
        int at = insertions.toOriginal(last.offset);
        findings.syntax(Severity.ERROR, Code.JSON_MALFORMED, block, last.path, line(original, at), column(original, at),
                "not JSON (" + last.message + "): " + (roots.roots.isEmpty() ? "nothing read"
                        : "read up to here, the rest is left out"));
        return roots;
    }

    /** Replaces a CDATA or HTML comment wrapper by spaces (so that positions stay). */
    private static String unwrap(String text, int block, Findings findings) {
        Matcher start = WRAPPER_START.matcher(text);
        if (!start.lookingAt()) {
            return text;
        }
        Matcher end = WRAPPER_END.matcher(text);
        boolean cdata = start.group(1).startsWith("<![");
        char[] chars = text.toCharArray();
        blank(chars, 0, start.end());
        if (end.find(start.end()) && end.group(1).startsWith("]]") == cdata) {
            blank(chars, end.start(), end.end());
        }
        findings.syntax(Severity.WARNING, Code.JSON_REPAIRED, block, "$", line(text, start.start(1)), column(text, start.start(1)),
                (cdata ? "CDATA" : "HTML comment") + " wrapper around the JSON removed");
        return new String(chars);
    }

    private static void blank(char[] chars, int from, int to) {
        for (int i = from; i < to; i++) {
            if (chars[i] != '\n' && chars[i] != '\r') {
                chars[i] = ' ';
            }
        }
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

    private void build(JsonFactory factory, String text, int block, Budget budget, Findings findings, Tree tree,
            boolean single) throws Syntax {
        List<JsonNode> roots = tree.roots;
        JsonNodeFactory nodes = JsonNodeFactory.instance;
        JsonNode[] stack = new JsonNode[16];
        // for each open array: whether it is the value of a property Copydesk does not read
        boolean[] unread = new boolean[16];
        int depth = 0;
        JsonParser p = null;
        try {
            p = factory.createParser(text);
            JsonToken t;
            while ((t = p.nextToken()) != null) {
                switch (t) {
                    case FIELD_NAME -> {
                        continue;
                    }
                    case END_ARRAY -> {
                        depth--;
                        continue;
                    }
                    case END_OBJECT -> {
                        ObjectNode object = (ObjectNode) stack[--depth];
                        JsonNode id = object.get(ID);
                        if (id != null && id.isTextual() && definition(object)) {
                            tree.definitions.add(object);
                            tree.paths.add(pathOf(p));
                            tree.rootOfDefinition.add(roots.size() - 1);
                        }
                        continue;
                    }
                    default -> {
                    }
                }
                if (depth == 0 && single && !roots.isEmpty()) {
                    throw new Syntax(offending(text, p.currentTokenLocation().getCharOffset(), null),
                            "more than one JSON value", path(p), false);
                }
                if (++budget.nodes > limits.maxNodes()) {
                    JsonLocation at = p.currentTokenLocation();
                    int offset = (int) Math.min(at.getCharOffset(), text.length());
                    throw ReadFailure.limit(JsonLdException.Limit.NODES, block, line(text, offset), column(text, offset),
                            "more than " + limits.maxNodes() + " JSON values (maxNodes)");
                }
                boolean container = t == JsonToken.START_OBJECT || t == JsonToken.START_ARRAY;
                boolean read = true;
                if (depth > 0) {
                    read = stack[depth - 1] instanceof ObjectNode ? Names.read(p.currentName()) : !unread[depth - 1];
                    if (!read && !container) {
                        // a value of a property that is not read: the parser skips it without decoding it
                        continue;
                    }
                }
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
                if (depth == 0) {
                    roots.add(node);
                } else if (stack[depth - 1] instanceof ObjectNode object) {
                    String name = p.currentName();
                    if (object.has(name)) {
                        int offset = (int) Math.min(p.currentTokenLocation().getCharOffset(), text.length());
                        findings.syntax(Severity.WARNING, Code.JSON_DUPLICATE_KEY, block, path(p), line(text, offset), column(text, offset),
                                "the key \"" + name + "\" appears twice in one object: the last value is kept");
                    }
                    object.set(name, node);
                } else {
                    ((ArrayNode) stack[depth - 1]).add(node);
                }
                if (node.isContainerNode()) {
                    if (depth >= limits.maxDepth()) {
                        int offset = (int) Math.min(p.currentTokenLocation().getCharOffset(), text.length());
                        throw ReadFailure.limit(JsonLdException.Limit.DEPTH, block, line(text, offset), column(text, offset),
                                "nested deeper than " + limits.maxDepth() + " (maxDepth)");
                    }
                    if (depth == stack.length) {
                        stack = java.util.Arrays.copyOf(stack, depth * 2);
                        unread = java.util.Arrays.copyOf(unread, depth * 2);
                    }
                    unread[depth] = !read;
                    stack[depth++] = node;
                }
            }
        } catch (StreamConstraintsException e) {
            throw limit(e, text, block, p);
        } catch (JsonProcessingException e) {
            String message = message(e);
            boolean duplicate = DUPLICATE.matcher(message).find();
            long reported = e.getLocation() != null ? e.getLocation().getCharOffset()
                    : p != null ? p.currentLocation().getCharOffset() : 0;
            throw new Syntax(offending(text, reported, e), message, path(p), duplicate);
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

    private ReadFailure limit(StreamConstraintsException e, String text, int block, JsonParser p) {
        String message = e.getOriginalMessage() == null ? "" : e.getOriginalMessage();
        String lower = message.toLowerCase(Locale.ROOT);
        int offset = p == null ? 0 : (int) Math.max(0, Math.min(p.currentLocation().getCharOffset(), text.length()));
        JsonLdException.Limit limit;
        String detail;
        if (lower.contains("depth")) {
            limit = JsonLdException.Limit.DEPTH;
            detail = "nested deeper than " + limits.maxDepth() + " (maxDepth)";
        } else if (lower.contains("string")) {
            limit = JsonLdException.Limit.STRING_LENGTH;
            detail = "a string longer than " + limits.maxStringLength() + " chars (maxStringLength)";
        } else if (lower.contains("number")) {
            limit = JsonLdException.Limit.NUMBER_LENGTH;
            detail = "a number longer than " + Limits.MAX_NUMBER_LENGTH + " chars";
        } else {
            limit = JsonLdException.Limit.STRING_LENGTH;
            detail = "a name or value too long: " + message;
        }
        return ReadFailure.limit(limit, block, line(text, offset), column(text, offset), detail);
    }

    private static String message(JsonProcessingException e) {
        String m = e.getOriginalMessage();
        if (m == null) {
            m = String.valueOf(e.getMessage());
        }
        m = SOURCE_REFERENCE.matcher(m).replaceAll("");
        return m.replace('\n', ' ').replace('\r', ' ');
    }

    /**
     * Where the problem is: Jackson reports the position just after the offending character or
     * token in some versions and at it in others; this gives the position of the character or the
     * start of the token in every version.
     */
    private static int offending(String text, long reported, JsonProcessingException e) {
        int offset = (int) Math.max(0, Math.min(reported, text.length()));
        if (e == null) {
            return offset;
        }
        String message = message(e);
        Matcher code = CODE.matcher(message);
        if (code.find()) {
            int c = Integer.parseInt(code.group(1));
            boolean at = offset < text.length() && text.charAt(offset) == c;
            boolean before = offset > 0 && text.charAt(offset - 1) == c;
            if (at && before) {
                // the same character twice ("//", ",,"): which one depends on the Jackson version
                return REPORTS_AFTER ? offset - 1 : offset;
            }
            return before && !at ? offset - 1 : offset;
        }
        Matcher token = TOKEN.matcher(message);
        if (token.find() && !token.group(1).isEmpty()) {
            String t = token.group(1);
            if (t.endsWith("...")) {
                t = t.substring(0, t.length() - 3);
            }
            if (!t.isEmpty()) {
                if (text.startsWith(t, offset)) {
                    return offset;
                }
                int start = text.lastIndexOf(t, offset);
                if (start >= 0 && offset - start <= t.length() + 1) {
                    return start;
                }
            }
            return offset;
        }
        Matcher duplicate = DUPLICATE.matcher(message);
        if (duplicate.find()) {
            int start = text.lastIndexOf('"' + duplicate.group(1) + '"', offset);
            return start >= 0 ? start : offset;
        }
        return offset;
    }

    /** Whether an object with an {@code @id} says more than its {@code @id}: a definition, not a reference. */
    static boolean definition(ObjectNode object) {
        for (Map.Entry<String, JsonNode> e : object.properties()) {
            if (!e.getKey().equals(ID) && !e.getKey().equals(CONTEXT)) {
                return true;
            }
        }
        return false;
    }

    /** The JSON path the parser is at, as far as it got. */
    private static String path(JsonParser p) {
        return p == null ? "$" : pathOf(p).toString();
    }

    private static JsonPath pathOf(JsonParser p) {
        List<Object> steps = new ArrayList<>();
        for (JsonStreamContext c = p.getParsingContext(); c != null && !c.inRoot(); c = c.getParent()) {
            if (c.inArray()) {
                steps.add(Math.max(0, c.getCurrentIndex()));
            } else if (c.getCurrentName() != null) {
                steps.add(c.getCurrentName());
            }
        }
        JsonPath path = JsonPath.ROOT;
        for (int i = steps.size() - 1; i >= 0; i--) {
            path = steps.get(i) instanceof Integer index ? path.index(index) : path.child((String) steps.get(i));
        }
        return path;
    }

    /**
     * The line of an offset: 1-based; a line ends at {@code \n}, {@code \r\n} or {@code \r}.
     *
     * @param text the text
     * @param offset the offset
     * @return the line
     */
    public static int line(String text, int offset) {
        int line = 1;
        int end = Math.min(offset, text.length());
        for (int i = 0; i < end; i++) {
            char c = text.charAt(i);
            if (c == '\n' || (c == '\r' && (i + 1 >= text.length() || text.charAt(i + 1) != '\n'))) {
                line++;
            }
        }
        return line;
    }

    /**
     * The column of an offset: 1-based, in UTF-16 chars.
     *
     * @param text the text
     * @param offset the offset
     * @return the column
     */
    public static int column(String text, int offset) {
        int end = Math.min(offset, text.length());
        int start = end;
        while (start > 0 && text.charAt(start - 1) != '\n' && text.charAt(start - 1) != '\r') {
            start--;
        }
        return end - start + 1;
    }

    /** The text inserted by repairs, to map positions back to the block as given. */
    private static final class Insertions {
        private final List<int[]> list = new ArrayList<>();

        /** Adds an insertion at an offset of the current text. */
        void add(int current, int length) {
            int original = toOriginal(current);
            int i = 0;
            while (i < list.size() && list.get(i)[0] <= original) {
                i++;
            }
            list.add(i, new int[] {original, length});
        }

        int toOriginal(int current) {
            int shift = 0;
            for (int[] insertion : list) {
                int start = insertion[0] + shift;
                if (current < start) {
                    break;
                }
                if (current < start + insertion[1]) {
                    return insertion[0];
                }
                shift += insertion[1];
            }
            return current - shift;
        }
    }

    /** A repair: text to insert at offsets of the current text, in increasing order. */
    private record Repair(String what, int[] offsets, String[] texts) {
        String apply(String text, Insertions insertions) {
            StringBuilder out = new StringBuilder(text.length() + 16);
            int from = 0;
            int shift = 0;
            for (int i = 0; i < offsets.length; i++) {
                out.append(text, from, offsets[i]).append(texts[i]);
                insertions.add(offsets[i] + shift, texts[i].length());
                shift += texts[i].length();
                from = offsets[i];
            }
            return out.append(text, from, text.length()).toString();
        }
    }

    private static Repair repair(String text, int offset) {
        int prev = offset - 1;
        while (prev >= 0 && isSpace(text.charAt(prev))) {
            prev--;
        }
        if (prev < 0) {
            return null;
        }
        char before = text.charAt(prev);
        char at = offset < text.length() ? text.charAt(offset) : 0;
        if (before == ':' && (offset >= text.length() || at == ',' || at == '}' || at == ']')) {
            return new Repair("missing value read as null", new int[] {offset}, new String[] {"null"});
        }
        if (before == ':' && offset < text.length() && "\"{[-0123456789'".indexOf(at) < 0 && !isSpace(at)) {
            int end = offset;
            int limit = Math.min(text.length(), offset + REPAIR_WINDOW);
            while (end < limit && ",}]\r\n".indexOf(text.charAt(end)) < 0) {
                end++;
            }
            while (end > offset && isSpace(text.charAt(end - 1))) {
                end--;
            }
            String bare = text.substring(offset, end);
            if (end == offset || bare.indexOf('"') >= 0 || bare.indexOf('\\') >= 0) {
                return null;
            }
            return new Repair("unquoted text read as a string", new int[] {offset, end}, new String[] {"\"", "\""});
        }
        if (before == '"' && offset < text.length() && ",:}]\"".indexOf(at) < 0) {
            Matcher end = STRING_END.matcher(text);
            end.region(offset, Math.min(text.length(), offset + REPAIR_WINDOW));
            if (!end.find()) {
                return null;
            }
            List<Integer> quotes = new ArrayList<>();
            for (int i = prev; i < end.start(); i++) {
                if (text.charAt(i) == '"' && !escaped(text, i)) {
                    quotes.add(i);
                }
            }
            int[] offsets = quotes.stream().mapToInt(Integer::intValue).toArray();
            String[] texts = new String[offsets.length];
            java.util.Arrays.fill(texts, "\\");
            return new Repair("unescaped quotation marks inside a string escaped", offsets, texts);
        }
        return null;
    }

    private static boolean escaped(String text, int i) {
        int backslashes = 0;
        for (int j = i - 1; j >= 0 && text.charAt(j) == '\\'; j--) {
            backslashes++;
        }
        return backslashes % 2 == 1;
    }

    private static boolean isSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\r';
    }
}
