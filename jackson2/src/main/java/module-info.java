/**
 * Copydesk's model as JSON in Jackson 2 (2.15 or newer): register {@link io.github.copydesk.jackson2.CopydeskModule}
 * and an {@code ObjectMapper} writes and reads every model type losslessly.
 *
 * <p>The name ends in the Jackson line's number, as the artifact's does (copydesk-jackson2); the compiler's
 * advice against terminal digits in module names is suppressed for that reason.
 */
@SuppressWarnings("module")
module io.github.copydesk.jackson2 {
    requires transitive io.github.copydesk.core;
    requires transitive com.fasterxml.jackson.databind;
    requires io.github.copydesk.json.shape;

    exports io.github.copydesk.jackson2;

    provides com.fasterxml.jackson.databind.Module with io.github.copydesk.jackson2.CopydeskModule;
}
