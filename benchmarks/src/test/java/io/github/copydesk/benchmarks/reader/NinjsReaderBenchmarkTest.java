package io.github.copydesk.benchmarks.reader;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

import io.github.copydesk.testing.SharedData;

import org.junit.jupiter.api.Test;
import org.openjdk.jmh.annotations.Param;

/** The reading benchmark reads every one of IPTC's ninjs examples, and nothing else. Runs no benchmark. */
class NinjsReaderBenchmarkTest {

    @Test
    void params_areEveryExample() throws NoSuchFieldException, IOException {
        Path examples = SharedData.directory("corpus/ninjs/examples");
        List<String> files;
        try (Stream<Path> walk = Files.walk(examples)) {
            files = walk.filter(p -> p.toString().endsWith(".json")).map(p -> examples.relativize(p).toString().replace('\\', '/'))
                    .sorted().toList();
        }
        String[] params = NinjsReaderBenchmark.class.getField("file").getAnnotation(Param.class).value();
        assertEquals(files, Arrays.stream(params).sorted().toList());
    }
}
