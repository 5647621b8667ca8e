/**
 * Copydesk core: the news content model ({@link io.github.copydesk.model}), its Jakarta Bean
 * Validation constraints ({@link io.github.copydesk.validation.constraints}) and the validation
 * facade ({@link io.github.copydesk.validation}).
 *
 * <p>The model package and the internal constraint-validator package are opened to every module, so
 * that any Jakarta Validation provider can read the records' fields and instantiate the validators
 * named by each constraint's {@code validatedBy}.
 *
 * <p>{@code io.github.copydesk.internal} (the model's checks, the byline and dateline formats, the news
 * vocabulary) is exported only to Copydesk's own modules. It is not API: applications must not use it.
 */
// "module": the qualified exports name modules that are compiled after this one, so javac cannot
// see them while it compiles core
@SuppressWarnings("module")
module io.github.copydesk.core {
    requires transitive jakarta.validation;

    exports io.github.copydesk.model;
    exports io.github.copydesk.validation;
    exports io.github.copydesk.validation.constraints;
    // not API: the model's own checks and the news vocabulary, shared with Copydesk's own modules only
    exports io.github.copydesk.internal to io.github.copydesk.read, io.github.copydesk.jsonld, io.github.copydesk.ninjs,
            io.github.copydesk.json.shape;

    opens io.github.copydesk.model;
    opens io.github.copydesk.validation.internal;
}
