package io.github.copydesk.testing.theories;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * {@link Theories#qt(int)}: the tries it runs, the factor, the seed a failure prints, and a re-run
 * with that seed drawing the same values.
 */
class TheoriesTest {

    private static final Pattern RERUN = Pattern.compile(
            "Re-run with: -Dtest=TheoriesTest#(\\w+) -Dcopydesk\\.qt\\.seed=(-?\\d+)");

    @AfterEach
    void clearProperties() {
        System.clearProperty(Theories.SEED_PROPERTY);
        System.clearProperty(Theories.TRIES_FACTOR_PROPERTY);
    }

    @Test
    void qt_runsTheGivenTries() {
        AtomicInteger tries = new AtomicInteger();
        Theories.qt(250).forAll(integers().all()).checkAssert(i -> tries.incrementAndGet());
        assertEquals(250, tries.get());
    }

    @Test
    void qt_factor_multipliesTheTries() {
        System.setProperty(Theories.TRIES_FACTOR_PROPERTY, "3");
        AtomicInteger tries = new AtomicInteger();
        Theories.qt(250).forAll(integers().all()).checkAssert(i -> tries.incrementAndGet());
        assertEquals(750, tries.get());
    }

    @Test
    void qt_failure_printsTheSeedAndTheLineThatReRunsThisTest() {
        AssertionError failure = assertThrows(AssertionError.class, () -> Theories.qt(1000)
                .forAll(longs().all()).checkAssert(n -> assertTrue(n % 7 != 0)));
        Matcher rerun = RERUN.matcher(failure.getMessage());
        assertTrue(rerun.find(), failure.getMessage());
        assertEquals("qt_failure_printsTheSeedAndTheLineThatReRunsThisTest", rerun.group(1));
        assertTrue(failure.getMessage().contains("Seed was " + rerun.group(2)), failure.getMessage());
    }

    @Test
    void qt_printedSeed_reRunsTheSameFailure() {
        // 37 is one of a hundred values: when it comes depends on the seed alone
        AssertionError first = assertThrows(AssertionError.class, () -> Theories.qt(2000)
                .forAll(integers().between(0, 99)).checkAssert(n -> assertTrue(n != 37)));
        Matcher rerun = RERUN.matcher(first.getMessage());
        assertTrue(rerun.find(), first.getMessage());
        System.setProperty(Theories.SEED_PROPERTY, rerun.group(2));
        AssertionError again = assertThrows(AssertionError.class, () -> Theories.qt(2000)
                .forAll(integers().between(0, 99)).checkAssert(n -> assertTrue(n != 37)));
        assertEquals(firstLine(first), firstLine(again));
        assertTrue(again.getMessage().contains("Seed was " + rerun.group(2)), again.getMessage());
    }

    /** "Property falsified after N example(s)". */
    private static String firstLine(AssertionError failure) {
        return failure.getMessage().strip().lines().findFirst().orElseThrow();
    }

    @Test
    void qt_sameSeed_drawsTheSameValues() {
        System.setProperty(Theories.SEED_PROPERTY, "-4316713513208311549");
        List<Long> first = new ArrayList<>();
        Theories.qt(100).forAll(longs().all()).checkAssert(first::add);
        List<Long> second = new ArrayList<>();
        Theories.qt(100).forAll(longs().all()).checkAssert(second::add);
        assertEquals(first, second);
        assertTrue(first.stream().distinct().count() > 50, "different values within a run: " + first);
    }

    @Test
    void qt_noTries_throws() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Theories.qt(0));
        assertEquals("tries must be positive: 0", e.getMessage());
    }

    @Test
    void qt_malformedSeed_throwsNamingTheProperty() {
        System.setProperty(Theories.SEED_PROPERTY, "12ab");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Theories.qt(10));
        assertEquals("copydesk.qt.seed must be a whole number: \"12ab\"", e.getMessage());
    }

    @Test
    void qt_factorBelowOne_throwsNamingTheProperty() {
        System.setProperty(Theories.TRIES_FACTOR_PROPERTY, "0");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Theories.qt(10));
        assertEquals("copydesk.qt.factor must be a positive whole number: \"0\"", e.getMessage());
    }
}
