package io.github.copydesk.spring;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Objects;

import io.github.copydesk.jsonld.JsonLdReader;
import io.github.copydesk.jsonld.JsonLdWriter;
import io.github.copydesk.model.Article;
import io.github.copydesk.read.ReadException;
import io.github.copydesk.read.ReadResult;

import org.springframework.http.HttpInputMessage;
import org.springframework.http.HttpOutputMessage;
import org.springframework.http.MediaType;
import org.springframework.http.converter.AbstractHttpMessageConverter;
import org.springframework.http.converter.HttpMessageNotReadableException;

/**
 * Writes an {@link Article} as schema.org JSON-LD and reads {@code application/ld+json} as a {@link ReadResult},
 * with a {@link JsonLdWriter} and a {@link JsonLdReader}.
 *
 * <p>It writes only when {@code application/ld+json} is asked for (an {@code Accept} header that names it, or
 * {@code produces} on the mapping): a client that accepts anything gets the application's ordinary JSON (the
 * model's own, from Jackson). Registered before Jackson's converter, which accepts every
 * {@code application/*+json} type, it answers {@code Accept: application/ld+json} with schema.org rather than with
 * the model's JSON: Spring Boot puts converter beans in front of its defaults.
 *
 * <p>A request body of type {@code application/ld+json} is read as a {@link ReadResult}: the articles and the
 * reader's findings. What the reader throws (a malformed block in strict mode, an exceeded limit) becomes an
 * {@link HttpMessageNotReadableException}, which Spring answers with 400. The body is decoded in the charset of
 * its {@code Content-Type}, UTF-8 when it names none. Thread-safe.
 */
public final class JsonLdHttpMessageConverter extends AbstractHttpMessageConverter<Object> {

    /** {@code application/ld+json}, JSON-LD's media type. */
    public static final MediaType APPLICATION_LD_JSON = new MediaType("application", "ld+json");

    private final JsonLdWriter writer;
    private final JsonLdReader reader;

    /**
     * A converter that writes with the given writer and reads with the given reader.
     *
     * @param writer the writer
     * @param reader the reader
     * @throws NullPointerException if a parameter is null
     */
    public JsonLdHttpMessageConverter(JsonLdWriter writer, JsonLdReader reader) {
        super(APPLICATION_LD_JSON);
        this.writer = Objects.requireNonNull(writer, "writer");
        this.reader = Objects.requireNonNull(reader, "reader");
    }

    @Override
    protected boolean supports(Class<?> clazz) {
        return Article.class.isAssignableFrom(clazz) || ReadResult.class.isAssignableFrom(clazz);
    }

    @Override
    public boolean canRead(Class<?> clazz, MediaType mediaType) {
        return ReadResult.class.isAssignableFrom(clazz) && canRead(mediaType);
    }

    /**
     * Whether it writes the given type in the given media type: an {@link Article}, when {@code application/ld+json}
     * is named. Without a media type (or with a wildcard) it declines, so that content negotiation offers the
     * application's JSON first to a client that accepts anything.
     */
    @Override
    public boolean canWrite(Class<?> clazz, MediaType mediaType) {
        return Article.class.isAssignableFrom(clazz) && mediaType != null && !mediaType.isWildcardType()
                && !mediaType.isWildcardSubtype() && APPLICATION_LD_JSON.isCompatibleWith(mediaType);
    }

    @Override
    public List<MediaType> getSupportedMediaTypes(Class<?> clazz) {
        return supports(clazz) ? List.of(APPLICATION_LD_JSON) : List.of();
    }

    @Override
    protected Object readInternal(Class<?> clazz, HttpInputMessage inputMessage) throws IOException {
        MediaType type = inputMessage.getHeaders().getContentType();
        Charset charset = type != null && type.getCharset() != null ? type.getCharset() : StandardCharsets.UTF_8;
        // one byte more than the limit, so that the reader reports an input that is too large
        long limit = Math.min(reader.limits().maxInputBytes() + 1, Integer.MAX_VALUE - 8L);
        byte[] body;
        try (InputStream in = inputMessage.getBody()) {
            body = in.readNBytes((int) limit);
        }
        try {
            return reader.read(body, charset);
        } catch (ReadException e) {
            throw new HttpMessageNotReadableException("JSON-LD not readable: " + e.getMessage(), e, inputMessage);
        }
    }

    @Override
    protected void writeInternal(Object article, HttpOutputMessage outputMessage) throws IOException {
        writer.write((Article) article, outputMessage.getBody());
    }

    @Override
    protected boolean supportsRepeatableWrites(Object article) {
        return true;
    }
}
