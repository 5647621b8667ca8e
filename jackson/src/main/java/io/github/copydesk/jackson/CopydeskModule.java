package io.github.copydesk.jackson;

import tools.jackson.core.Version;
import tools.jackson.core.util.VersionUtil;
import tools.jackson.databind.JacksonModule;
import tools.jackson.databind.module.SimpleDeserializers;
import tools.jackson.databind.module.SimpleSerializers;

import io.github.copydesk.jackson.internal.CodecDeserializer;
import io.github.copydesk.jackson.internal.CodecSerializer;
import io.github.copydesk.json.shape.internal.Codec;
import io.github.copydesk.json.shape.internal.ModelJson;

/**
 * The Copydesk model's own JSON for Jackson 3 (3.1.4 or newer): one serializer and one deserializer for each
 * model type ({@code Article} and all its parts, {@code NewsDate}), so that a {@code JsonMapper} writes and
 * reads them losslessly. Register it as any module, or let {@code MapperBuilder.findAndAddModules()} find it
 * (Spring Boot 4 registers a module bean of this type in its mapper):
 *
 * <pre>{@code
 * JsonMapper mapper = JsonMapper.builder().addModule(new CopydeskModule()).build();
 * String json = mapper.writeValueAsString(article);
 * Article back = mapper.readValue(json, Article.class);   // equals article
 * }</pre>
 *
 * <p>The JSON is the model's, not schema.org's (that is {@code JsonLdWriter}'s): the record components'
 * names, absent values left out, parties and media told apart by {@code "type"}, dates as ISO 8601
 * strings (a date-only date stays date-only). It is the same JSON, property for property, as the Jackson 2
 * module {@code io.github.copydesk.jackson2.CopydeskModule} writes and reads. Bad input fails with Jackson's
 * own exceptions, carrying the JSON path: a value of the wrong JSON kind with a
 * {@code MismatchedInputException}, a string that is no date, URL, duration or language with an
 * {@code InvalidFormatException}, a missing or unknown {@code "type"} with an {@code InvalidTypeIdException},
 * an unknown property with an {@code UnrecognizedPropertyException} (when
 * {@code FAIL_ON_UNKNOWN_PROPERTIES} is on), and values the model's own checks refuse with a
 * {@code ValueInstantiationException} whose path ends at the refused field; all are
 * {@code DatabindException}s, which a web framework answers with 400. The mapper's inclusion and enum
 * settings do not change this JSON.
 *
 * <p>Immutable and thread-safe; its serializers and deserializers are shared by every mapper it is
 * registered with.
 */
public final class CopydeskModule extends JacksonModule {

    private static final Version VERSION = VersionUtil.parseVersion(ModelJson.version(), "io.github.copydesk",
            "copydesk-jackson");

    /** The module. Mappers find it through {@code META-INF/services} too. */
    public CopydeskModule() {
    }

    /**
     * The module's name.
     *
     * @return {@code copydesk}
     */
    @Override
    public String getModuleName() {
        return "copydesk";
    }

    /**
     * Copydesk's version.
     *
     * @return the version
     */
    @Override
    public Version version() {
        return VERSION;
    }

    /**
     * Registers the serializers and deserializers.
     *
     * @param context the mapper's set-up
     */
    @Override
    public void setupModule(SetupContext context) {
        SimpleSerializers serializers = new SimpleSerializers();
        SimpleDeserializers deserializers = new SimpleDeserializers();
        for (Codec<?> codec : ModelJson.codecs()) {
            register(codec, serializers, deserializers);
        }
        context.addSerializers(serializers);
        context.addDeserializers(deserializers);
    }

    private static <T> void register(Codec<T> codec, SimpleSerializers serializers, SimpleDeserializers deserializers) {
        serializers.addSerializer(codec.type(), new CodecSerializer<>(codec));
        deserializers.addDeserializer(codec.type(), new CodecDeserializer<>(codec));
    }
}
