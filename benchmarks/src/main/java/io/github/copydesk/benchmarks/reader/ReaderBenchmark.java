package io.github.copydesk.benchmarks.reader;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import io.github.copydesk.examples.SeedStory;
import io.github.copydesk.jsonld.JsonLdReader;
import io.github.copydesk.jsonld.JsonLdWriter;
import io.github.copydesk.read.ReadResult;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Setup;

/**
 * Reading with the lenient {@link JsonLdReader} against Jackson's {@code readTree} of the same bytes,
 * side by side, for each corpus file ({@code ../shared/corpus/jsonld}, or the directory named by
 * {@code -Dcopydesk.shared}) and the seed story as Copydesk writes it. Target: at most 2x readTree.
 * The six files that are not JSON have no readTree baseline and are left out.
 *
 * <p>A third method, {@link #modelUrls()}, measures a floor that the model sets: it only parses, with
 * {@code java.net.URI}, each distinct URL that the reader's articles hold (the model's URL fields are
 * {@code URI}s, so every reader pays at least this). {@code readTree + modelUrls} is the least any
 * reader into this model can take.
 */
public class ReaderBenchmark extends ReaderSettings {

    /** A corpus file name, or {@code seed} for the seed story written by Copydesk. */
    @Param({"seed", "001-bbc.jsonld", "002-nytimes.jsonld", "003-theguardian.jsonld", "004-cnn.jsonld",
        "005-reuters.jsonld", "006-apnews.jsonld", "007-washingtonpost.jsonld", "008-lemonde.jsonld",
        "009-spiegel.jsonld", "010-nationalpost.jsonld", "011-elpais.jsonld", "012-techcrunch.jsonld",
        "013-dailynews-tz.jsonld", "014-wsvn.jsonld", "015-roughdraftatlanta.jsonld", "016-freiepresse.jsonld",
        "017-faz.jsonld", "018-mdr.jsonld", "019-hessenschau.jsonld", "020-zwanzigminuten.jsonld",
        "021-euronews.jsonld", "022-express-liveblog.jsonld", "023-rollingstone-block1.jsonld",
        "024-rollingstone-block2.jsonld", "025-nikkei.jsonld", "026-hankookilbo.jsonld", "027-kommersant.jsonld",
        "028-tvtoday.jsonld", "029-portalspozywczy.jsonld", "030-haufe.jsonld", "031-die-tagespost-latin1.jsonld",
        "040-nytimes-block2-publisher.jsonld"})
    public String file;

    private static final ObjectMapper MAPPER = new ObjectMapper();
    private final JsonLdReader reader = JsonLdReader.lenient();
    private byte[] bytes;
    private Charset charset;
    private List<String> urls;

    /** Reads the file (or writes the seed story) once. */
    @Setup
    public void setUp() {
        if (file.equals("seed")) {
            bytes = JsonLdWriter.create().write(SeedStory.article()).getBytes(StandardCharsets.UTF_8);
            charset = StandardCharsets.UTF_8;
        } else {
            String shared = System.getProperty("copydesk.shared", "../shared");
            try {
                bytes = Files.readAllBytes(Path.of(shared, "corpus", "jsonld", file));
            } catch (IOException e) {
                throw new UncheckedIOException("run from the repository root, or set -Dcopydesk.shared", e);
            }
            charset = file.contains("latin1") ? StandardCharsets.ISO_8859_1 : StandardCharsets.UTF_8;
        }
        urls = modelUrlsOf(reader.read(bytes, charset));
    }

    /** Each distinct URL in the articles read, as text, found by walking the model's records. */
    static List<String> modelUrlsOf(ReadResult result) {
        Set<String> found = new LinkedHashSet<>();
        for (Object article : result.articles()) {
            walk(article, found, 0);
        }
        return new ArrayList<>(found);
    }

    private static void walk(Object value, Set<String> found, int depth) {
        if (value == null || depth > 16) {
            return;
        }
        if (value instanceof URI uri) {
            found.add(uri.toString());
        } else if (value instanceof Iterable<?> values) {
            for (Object v : values) {
                walk(v, found, depth + 1);
            }
        } else if (value.getClass().isRecord()) {
            for (RecordComponent c : value.getClass().getRecordComponents()) {
                try {
                    walk(c.getAccessor().invoke(value), found, depth + 1);
                } catch (IllegalAccessException | InvocationTargetException e) {
                    throw new IllegalStateException(c.toString(), e);
                }
            }
        }
    }

    /** @return the articles and findings */
    @Benchmark
    public ReadResult copydesk() {
        return reader.read(bytes, charset);
    }

    /**
     * The floor the model sets: parsing each distinct URL the articles hold into a {@code java.net.URI}.
     *
     * @return the number of URLs parsed
     * @throws URISyntaxException never: the reader parsed them before
     */
    @Benchmark
    public int modelUrls() throws URISyntaxException {
        int n = 0;
        for (String url : urls) {
            n += new URI(url).getRawPath() != null ? 1 : 0;
        }
        return n;
    }

    /**
     * The baseline: Jackson's tree of the same bytes.
     *
     * @return the tree
     * @throws IOException never for these files
     */
    @Benchmark
    public JsonNode readTree() throws IOException {
        return MAPPER.readTree(new String(bytes, charset));
    }
}
