package io.github.copydesk.ninjs;

import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A generation of IPTC ninjs: the versions that share property names and shapes.
 *
 * <table class="striped">
 * <caption>Generations</caption>
 * <tr><th>generation</th><th>versions</th><th>shape</th><th>newest</th></tr>
 * <tr><td>{@link #V1}</td><td>1.0 to 1.7</td><td>{@code headline}, {@code body_<x>} and
 *   {@code description_<x>} strings, {@code byline}, singular entity arrays ({@code subject},
 *   {@code person}), renditions and associations as objects keyed by name</td><td>1.7</td></tr>
 * <tr><td>{@link #V2}</td><td>2.0 to 2.3</td><td>{@code headlines}, {@code bodies} and
 *   {@code descriptions} arrays, {@code by}, plural entity arrays, renditions and associations as
 *   arrays; lower-case names ({@code versioncreated}, {@code contenttype})</td><td>2.3</td></tr>
 * <tr><td>{@link #V3}</td><td>3.0 to 3.2</td><td>as 2.x with camel-case names
 *   ({@code versionCreated}, {@code contentType}, {@code embargoedUntil}), plus events and
 *   planning</td><td>3.2</td></tr>
 * </table>
 */
public enum NinjsVersion {
    /** ninjs 1.0 to 1.7. */
    V1(1, "1.7"),
    /** ninjs 2.0 to 2.3. */
    V2(2, "2.3"),
    /** ninjs 3.0 to 3.2. */
    V3(3, "3.2");

    private static final Pattern VERSION = Pattern.compile("([0-9]+)(?:\\.[0-9]+){0,2}");

    private final int major;
    private final String newest;

    NinjsVersion(int major, String newest) {
        this.major = major;
        this.newest = newest;
    }

    /**
     * The generation of a version number as ninjs documents declare it ({@code standard.version},
     * {@code $standard.version}): {@code 1.4} is {@link #V1}, {@code 3} and {@code 3.0.1} are
     * {@link #V3}.
     *
     * @param version the version number: a major version, optionally with a minor and a patch version
     * @return the generation
     * @throws NullPointerException if {@code version} is null
     * @throws IllegalArgumentException if the text is not a version number, or its major version is
     *         not 1, 2 or 3; the message quotes the text
     */
    public static NinjsVersion parse(CharSequence version) {
        Objects.requireNonNull(version, "version");
        Matcher m = VERSION.matcher(version);
        if (m.matches() && m.group(1).length() == 1) {
            int major = m.group(1).charAt(0) - '0';
            for (NinjsVersion v : values()) {
                if (v.major == major) {
                    return v;
                }
            }
        }
        String text = version.length() > 40 ? version.subSequence(0, 40) + "..." : version.toString();
        throw new IllegalArgumentException("version must be a ninjs version number 1.x, 2.x or 3.x: \"" + text + "\"");
    }

    /**
     * The major version number.
     *
     * @return 1, 2 or 3
     */
    public int major() {
        return major;
    }

    /**
     * The newest version of this generation, whose schema documents of the generation are checked
     * against.
     *
     * @return the version number, such as {@code 3.2}
     */
    public String newest() {
        return newest;
    }
}
