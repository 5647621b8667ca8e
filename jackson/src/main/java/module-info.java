/**
 * Copydesk's model as JSON in Jackson 3 (3.1.4 or newer, as Spring Boot 4 uses): register
 * {@link io.github.copydesk.jackson.CopydeskModule} and a {@code JsonMapper} writes and reads every model
 * type losslessly.
 */
module io.github.copydesk.jackson {
    requires transitive io.github.copydesk.core;
    requires transitive tools.jackson.databind;
    requires io.github.copydesk.json.shape;

    exports io.github.copydesk.jackson;

    provides tools.jackson.databind.JacksonModule with io.github.copydesk.jackson.CopydeskModule;
}
