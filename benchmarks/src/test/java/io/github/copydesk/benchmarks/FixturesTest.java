package io.github.copydesk.benchmarks;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.copydesk.jsonld.JsonLdWriter;
import io.github.copydesk.ninjs.NinjsWriter;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The benchmarks compare like with like: the checks their setup makes pass (so a change to the
 * writer's output that the baseline does not follow shows here, not only when the benchmarks run).
 * Runs no benchmark.
 */
class FixturesTest {

    @ParameterizedTest
    @ValueSource(strings = {"seed", "typical"})
    void baselineIsByteIdenticalAndDatabindWritesTheSameValue(String name) {
        Verify.fixture(name, JsonLdWriter.create());
    }

    @ParameterizedTest
    @ValueSource(strings = {"seed", "typical"})
    void ninjsBaselineIsByteIdentical(String name) {
        NinjsWriterBenchmark.verify(Fixtures.named(name), NinjsWriter.create());
    }

    @ParameterizedTest
    @ValueSource(ints = {1024, 1048576})
    void bodiesHaveTheirLength(int length) {
        assertEquals(length, Fixtures.withBody(length).body().length());
    }
}
