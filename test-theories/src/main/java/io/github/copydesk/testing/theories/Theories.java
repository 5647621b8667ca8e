package io.github.copydesk.testing.theories;

import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ThreadLocalRandom;

import org.quicktheories.QuickTheory;
import org.quicktheories.api.AsString;
import org.quicktheories.core.ExceptionReporter;
import org.quicktheories.core.Reporter;

/**
 * How Copydesk's property tests run: QuickTheories with the property's number of tries and a seed
 * that a failure prints together with the command-line properties that re-run it.
 *
 * <pre>{@code
 * Theories.qt(1000).forAll(ModelGenerators.articles()).checkAssert(article -> ...);
 * }</pre>
 *
 * <p>Two system properties (given to Maven with {@code -D}; Surefire passes them to the tests):
 * <ul>
 * <li>{@value #SEED_PROPERTY}: the seed of every property run, such as the one a failure printed;
 *   without it each run draws a new seed;</li>
 * <li>{@value #TRIES_FACTOR_PROPERTY}: a whole number that multiplies every property's tries (default
 *   1), for a longer search than the build's.</li>
 * </ul>
 *
 * <p>A failure throws an {@link AssertionError} whose message is QuickTheories' own (the smallest
 * falsifying value found by shrinking, the cause, the seed) followed by the line to re-run it, such as
 * {@code -Dtest=NewsDateTest#parse_toStringOfAnyLocalDate_givesItBackDateOnly -Dcopydesk.qt.seed=-4316713513208311549}.
 * The same seed draws the same values, so the re-run fails the same way.
 *
 * <p>This module depends on no Copydesk module, so that core's tests can use it as well as the
 * modules whose tests use the model generators of {@code copydesk-test-support}.
 */
public final class Theories {

    /** The system property that fixes the seed of every property run: {@value}. */
    public static final String SEED_PROPERTY = "copydesk.qt.seed";

    /** The system property that multiplies every property's tries: {@value}. */
    public static final String TRIES_FACTOR_PROPERTY = "copydesk.qt.factor";

    private static final StackWalker WALKER = StackWalker.getInstance(StackWalker.Option.RETAIN_CLASS_REFERENCE);

    private Theories() {
    }

    /**
     * A property run with the given number of tries (times {@value #TRIES_FACTOR_PROPERTY}), the seed
     * of {@value #SEED_PROPERTY} or a new one, and a failure message that says how to re-run it: the
     * re-run line names the test method that called this one, directly or through a helper.
     *
     * @param tries how many values to try, at least 1
     * @return the configured QuickTheories run
     * @throws IllegalArgumentException if {@code tries} is not positive, or a system property is not a
     *         whole number (a positive one for the factor)
     * @throws ArithmeticException if the tries times the factor exceed an {@code int}
     */
    public static QuickTheory qt(int tries) {
        if (tries < 1) {
            throw new IllegalArgumentException("tries must be positive: " + tries);
        }
        int factor = factor();
        long seed = seed();
        return QuickTheory.qt()
                .withFixedSeed(seed)
                .withExamples(Math.multiplyExact(tries, factor))
                .withReporter(new RerunReporter(caller(), factor));
    }

    private static long seed() {
        String configured = System.getProperty(SEED_PROPERTY);
        if (configured == null || configured.isBlank()) {
            return ThreadLocalRandom.current().nextLong();
        }
        try {
            return Long.parseLong(configured.strip());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(SEED_PROPERTY + " must be a whole number: \"" + configured + "\"", e);
        }
    }

    private static int factor() {
        String configured = System.getProperty(TRIES_FACTOR_PROPERTY);
        if (configured == null || configured.isBlank()) {
            return 1;
        }
        int factor;
        try {
            factor = Integer.parseInt(configured.strip());
        } catch (NumberFormatException e) {
            factor = 0;
        }
        if (factor < 1) {
            throw new IllegalArgumentException(TRIES_FACTOR_PROPERTY + " must be a positive whole number: \""
                    + configured + "\"");
        }
        return factor;
    }

    /**
     * {@code Class#method} of the test method that called {@link #qt(int)}, directly or through a
     * helper of its class, as Surefire's {@code -Dtest} takes it: the innermost caller annotated with a
     * JUnit test annotation ({@code @Test}, {@code @ParameterizedTest}, ...), else the direct caller.
     */
    private static String caller() {
        List<StackWalker.StackFrame> callers = WALKER.walk(frames -> frames
                .filter(frame -> frame.getDeclaringClass() != Theories.class)
                .toList());
        return callers.stream().filter(Theories::isTest).findFirst()
                .or(() -> callers.stream().findFirst())
                .map(frame -> frame.getDeclaringClass().getSimpleName() + "#" + frame.getMethodName())
                .orElse("?");
    }

    private static boolean isTest(StackWalker.StackFrame frame) {
        for (Method method : frame.getDeclaringClass().getDeclaredMethods()) {
            if (method.getName().equals(frame.getMethodName())) {
                for (Annotation annotation : method.getAnnotations()) {
                    Class<?> type = annotation.annotationType();
                    if (type.getName().startsWith("org.junit.") && type.getSimpleName().endsWith("Test")) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    /** QuickTheories' own report, followed by the line that re-runs the property with its seed. */
    private record RerunReporter(String test, int factor) implements Reporter {

        private static final Reporter QUICKTHEORIES = new ExceptionReporter();

        @Override
        public void falisification(long seed, int examplesUsed, Object smallest, List<Object> examples,
                AsString<Object> toString) {
            try {
                QUICKTHEORIES.falisification(seed, examplesUsed, smallest, examples, toString);
            } catch (AssertionError e) {
                throw withRerun(e, seed);
            }
            throw withRerun(new AssertionError("property falsified"), seed);
        }

        @Override
        public void falisification(long seed, int examplesUsed, Object smallest, Throwable cause,
                List<Object> examples, AsString<Object> toString) {
            try {
                QUICKTHEORIES.falisification(seed, examplesUsed, smallest, cause, examples, toString);
            } catch (AssertionError e) {
                throw withRerun(e, seed);
            }
            throw withRerun(new AssertionError("property falsified", cause), seed);
        }

        @Override
        public void valuesExhausted(int completedExamples) {
            QUICKTHEORIES.valuesExhausted(completedExamples);
        }

        private AssertionError withRerun(AssertionError report, long seed) {
            String rerun = String.format(Locale.ROOT, "%nRe-run with: -Dtest=%s -D%s=%d%s", test, SEED_PROPERTY, seed,
                    factor == 1 ? "" : " -D" + TRIES_FACTOR_PROPERTY + "=" + factor);
            AssertionError error = new AssertionError(report.getMessage() + rerun, report.getCause());
            error.setStackTrace(report.getStackTrace());
            return error;
        }
    }
}
