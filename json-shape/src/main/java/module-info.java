/**
 * The Copydesk model's own JSON, described once for both Jackson lines: each model type's field names,
 * type ids, defaults and checks on the JSON side, written and read through a neutral token writer and
 * reader that {@code io.github.copydesk.jackson} (Jackson 3) and {@code io.github.copydesk.jackson2}
 * (Jackson 2) adapt to their own generator and parser.
 *
 * <p>Not API: the package is exported to those two modules only. They are built after this one, so the
 * compiler does not know them yet: hence the suppressed "module not found" warning.
 */
@SuppressWarnings("module")
module io.github.copydesk.json.shape {
    requires io.github.copydesk.core;

    exports io.github.copydesk.json.shape.internal to io.github.copydesk.jackson, io.github.copydesk.jackson2;
}
