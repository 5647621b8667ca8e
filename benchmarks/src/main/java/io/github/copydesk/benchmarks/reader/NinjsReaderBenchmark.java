package io.github.copydesk.benchmarks.reader;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import io.github.copydesk.ninjs.NinjsReader;
import io.github.copydesk.read.ReadResult;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Setup;

/**
 * Reading each of IPTC's 65 ninjs examples ({@code ../shared/corpus/ninjs/examples}, or under the
 * directory {@code -Dcopydesk.shared} names) with the lenient {@link NinjsReader}, against Jackson's
 * {@code readTree} of the same bytes, side by side.
 */
public class NinjsReaderBenchmark extends ReaderSettings {

    /** An example, under {@code examples/}. */
    @Param({"1.4/businesswire-newsml-20130515006361.json", "1.4/businesswire-newsml-20130605006126.json",
        "1.4/businesswire-newsml-20130612006110.json", "1.4/businesswire-newsml-20130731006140.json",
        "1.4/ninjs-1-4-examples.json", "1.4/ninjsExComplex1.json", "1.4/ninjsExComplex2.json", "1.4/ninjsExMediumText1.json",
        "1.4/ninjsExSimplePhoto1.json", "1.4/ninjsExSimpleText1.json", "1.6/001_simple_example.json",
        "1.6/002_renditions_example.json", "1.6/003_associations_example.json", "1.6/004_simple_text_article.json",
        "1.6/005_complex_text_article.json", "1.6/006_photo_only.json", "1.6/007_multimedia.json", "2.1/SIPA_image_2.json",
        "2.1/ap_audio.json", "2.1/ap_image.json", "2.1/ap_video.json", "2.1/businesswire-newsml-20130605006126.json",
        "2.1/businesswire-newsml-20130731006140.json", "2.1/dpa_text.json", "2.1/imageEncodedRights.json",
        "2.1/imageLinkedRights.json", "2.1/ninjsExSimpleText_2.json", "2.1/ntb_text.json",
        "2.1/schema-extension/extension-example.json", "2.1/tt_text_image_2.json", "2.2/001_simple_example.json",
        "2.2/002_renditions_example.json", "2.2/003_associations_example.json", "2.2/004_simple_text_article.json",
        "2.2/005_complex_text_article.json", "2.2/006_photo_only.json", "2.2/007_multimedia.json",
        "3.0/20231004-UEFA-ChampionLeague.json", "3.0/20231005-65-addb-event.json",
        "3.0/20231008-anti-doping-measures-at-the-tour-down-under-will-be-the-toughest-ever-addb-ninjs-nitf.json",
        "3.0/20231016-addb-example-press-conference.json", "3.0/SIPA_image_3.json", "3.0/ap_audio.json", "3.0/ap_image.json",
        "3.0/ap_video.json", "3.0/businesswire-newsml-20130605006126.json", "3.0/businesswire-newsml-20130731006140.json",
        "3.0/collection/20231016-event-timeline-sample.json", "3.0/dpa_text.json", "3.0/imageEncodedRights.json",
        "3.0/imageLinkedRights.json", "3.0/ninjsExSimpleText_3.json", "3.0/ntb_text.json", "3.0/simpleEvent.json",
        "3.0/tt_event_pressconference_3.0.json", "3.0/tt_text_image_3.json", "3.1/001_simple_example.json",
        "3.1/002_renditions_example.json", "3.1/003_associations_example.json", "3.1/004_simple_text_article.json",
        "3.1/005_complex_text_article.json", "3.1/006_photo_only.json", "3.1/007_multimedia.json", "3.1/008_event.json",
        "not-valid/008_extension.json"})
    public String file;

    private static final ObjectMapper MAPPER = new ObjectMapper();
    private final NinjsReader reader = NinjsReader.lenient();
    private byte[] bytes;

    /** Reads the file once. */
    @Setup
    public void setUp() {
        String shared = System.getProperty("copydesk.shared", "../shared");
        try {
            bytes = Files.readAllBytes(Path.of(shared, "corpus", "ninjs", "examples", file));
        } catch (IOException e) {
            throw new UncheckedIOException("run from the repository root, or set -Dcopydesk.shared", e);
        }
    }

    /** @return the articles and findings */
    @Benchmark
    public ReadResult copydesk() {
        return reader.read(bytes, StandardCharsets.UTF_8);
    }

    /**
     * The baseline: Jackson's tree of the same bytes.
     *
     * @return the tree
     * @throws IOException never for these files
     */
    @Benchmark
    public JsonNode readTree() throws IOException {
        return MAPPER.readTree(new String(bytes, StandardCharsets.UTF_8));
    }
}
