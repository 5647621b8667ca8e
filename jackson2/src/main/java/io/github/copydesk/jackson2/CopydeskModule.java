package io.github.copydesk.jackson2;

import com.fasterxml.jackson.core.Version;
import com.fasterxml.jackson.core.util.VersionUtil;
import com.fasterxml.jackson.databind.Module;
import com.fasterxml.jackson.databind.module.SimpleDeserializers;
import com.fasterxml.jackson.databind.module.SimpleSerializers;

import io.github.copydesk.jackson2.internal.CodecDeserializer;
import io.github.copydesk.jackson2.internal.CodecSerializer;
import io.github.copydesk.json.shape.internal.Codec;
import io.github.copydesk.json.shape.internal.ModelJson;

/**
 * The Copydesk model's own JSON for Jackson 2 (2.15 or newer): one serializer and one deserializer for each
 * model type ({@code Article} and all its parts, {@code NewsDate}), so that an {@code ObjectMapper} writes
 * and reads them losslessly. Register it as any module, or let {@code ObjectMapper.findAndRegisterModules()}
 * find it:
 *
 * <pre>{@code
 * ObjectMapper mapper = new ObjectMapper().registerModule(new CopydeskModule());
 * String json = mapper.writeValueAsString(article);
 * Article back = mapper.readValue(json, Article.class);   // equals article
 * }</pre>
 *
 * <p>The JSON is the model's, not schema.org's (that is {@code JsonLdWriter}'s): the record components'
 * names, absent values left out, parties and media told apart by {@code "type"}, dates as ISO 8601
 * strings (a date-only date stays date-only). It is the same JSON, property for property, as the Jackson 3
 * module {@code io.github.copydesk.jackson.CopydeskModule} writes and reads. Bad input fails with Jackson's
 * own exceptions, carrying the JSON path: a value of the wrong JSON kind with a
 * {@code MismatchedInputException}, a string that is no date, URL, duration or language with an
 * {@code InvalidFormatException}, a missing or unknown {@code "type"} with an {@code InvalidTypeIdException},
 * an unknown property with an {@code UnrecognizedPropertyException} (when
 * {@code FAIL_ON_UNKNOWN_PROPERTIES} is on), and values the model's own checks refuse with a
 * {@code ValueInstantiationException} whose path ends at the refused field; all are
 * {@code JsonMappingException}s, which a web framework answers with 400. The mapper's inclusion and enum
 * settings do not change this JSON.
 *
 * <p>Immutable and thread-safe; its serializers and deserializers are shared by every mapper it is
 * registered with.
 */
public final class CopydeskModule extends Module {

    private static final Version VERSION = VersionUtil.parseVersion(ModelJson.version(), "io.github.copydesk",
            "copydesk-jackson2");

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
