package io.github.copydesk.osgi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import io.github.copydesk.jsonld.JsonLdWriter;
import io.github.copydesk.ninjs.NinjsWriter;
import io.github.copydesk.osgi.probe.Probe;
import io.github.copydesk.validation.ArticleValidator;
import io.github.copydesk.validation.Finding;

import org.apache.felix.framework.FrameworkFactory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleException;
import org.osgi.framework.Constants;
import org.osgi.framework.launch.Framework;
import org.osgi.framework.wiring.FrameworkWiring;

/**
 * Copydesk's bundles in Apache Felix, beside the bundles of Jackson 2 and 3, jsoup, Jakarta Validation, Hibernate
 * Validator and what it needs (JBoss Logging, ClassMate), all as their own jars ship them: they resolve, and a
 * bundle of the test's ({@link Probe}) validates an article with Hibernate Validator's bundle as the provider,
 * writes and reads its JSON-LD and its ninjs, and writes the model's JSON with both Jackson modules.
 */
class OsgiTest {

    /** The jars on the test class path that are installed as bundles, by file name. */
    private static final List<String> BUNDLES = List.of("copydesk-core-", "copydesk-read-", "copydesk-jsonld-", "copydesk-ninjs-",
            "copydesk-json-shape-", "copydesk-jackson-", "copydesk-jackson2-", "jakarta.validation-api-",
            "hibernate-validator-", "jboss-logging-", "classmate-", "jackson-core-", "jackson-databind-",
            "jackson-annotations-", "jsoup-");

    @TempDir
    Path storage;

    private Framework framework;

    @BeforeEach
    void start() throws BundleException {
        framework = new FrameworkFactory().newFramework(Map.of(
                Constants.FRAMEWORK_STORAGE, storage.toString(),
                Constants.FRAMEWORK_STORAGE_CLEAN, Constants.FRAMEWORK_STORAGE_CLEAN_ONFIRSTINIT));
        framework.start();
    }

    @AfterEach
    void stop() throws Exception {
        framework.stop();
        framework.waitForStop(10_000);
    }

    private static List<Path> jars() {
        List<Path> jars = new ArrayList<>();
        for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
            Path path = Path.of(entry);
            String name = path.getFileName().toString();
            if (name.endsWith(".jar") && BUNDLES.stream().anyMatch(name::startsWith)) {
                jars.add(path);
            }
        }
        return jars;
    }

    /** A bundle of the probe's package, importing what it uses. */
    private static byte[] probeBundle() throws IOException {
        Manifest manifest = new Manifest();
        Attributes main = manifest.getMainAttributes();
        main.put(Attributes.Name.MANIFEST_VERSION, "1.0");
        main.putValue(Constants.BUNDLE_MANIFESTVERSION, "2");
        main.putValue(Constants.BUNDLE_SYMBOLICNAME, "io.github.copydesk.osgi.probe");
        main.putValue(Constants.BUNDLE_VERSION, "1.0.0");
        main.putValue(Constants.IMPORT_PACKAGE, String.join(",", "io.github.copydesk.model", "io.github.copydesk.validation",
                "io.github.copydesk.jsonld", "io.github.copydesk.ninjs", "io.github.copydesk.read", "io.github.copydesk.jackson",
                "io.github.copydesk.jackson2", "jakarta.validation", "jakarta.validation.spi", "org.hibernate.validator",
                "org.osgi.framework", "tools.jackson.databind", "tools.jackson.databind.json", "tools.jackson.core",
                "com.fasterxml.jackson.databind", "com.fasterxml.jackson.core"));
        String folder = Probe.class.getPackageName().replace('.', '/');
        Path classes = Path.of(Probe.class.getProtectionDomain().getCodeSource().getLocation().getPath()).resolve(folder);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (JarOutputStream jar = new JarOutputStream(bytes, manifest); Stream<Path> files = Files.list(classes)) {
            for (Path file : files.sorted().toList()) {
                jar.putNextEntry(new JarEntry(folder + "/" + file.getFileName()));
                jar.write(Files.readAllBytes(file));
                jar.closeEntry();
            }
        }
        return bytes.toByteArray();
    }

    /** The clauses of a manifest header: split at the commas outside quoted values. */
    private static List<String> clauses(String header) {
        List<String> clauses = new ArrayList<>();
        boolean quoted = false;
        int start = 0;
        for (int i = 0; i < header.length(); i++) {
            char c = header.charAt(i);
            if (c == '"') {
                quoted = !quoted;
            } else if (c == ',' && !quoted) {
                clauses.add(header.substring(start, i));
                start = i + 1;
            }
        }
        clauses.add(header.substring(start));
        return clauses;
    }

    @Test
    void copydeskBundles_haveTheirSymbolicNames_andExportNoInternalPackageWithoutTheMandatoryAttribute() throws IOException {
        List<Path> copydesk = jars().stream().filter(p -> p.getFileName().toString().startsWith("copydesk-")).toList();
        assertEquals(7, copydesk.size(), copydesk::toString);
        for (Path jar : copydesk) {
            try (JarFile file = new JarFile(jar.toFile())) {
                Attributes main = file.getManifest().getMainAttributes();
                String name = main.getValue(Constants.BUNDLE_SYMBOLICNAME);
                assertTrue(name.startsWith("io.github.copydesk."), jar + ": " + name);
                for (String export : clauses(main.getValue(Constants.EXPORT_PACKAGE))) {
                    if (export.split(";")[0].contains(".internal")) {
                        assertTrue(export.contains("copydesk=internal") && export.contains("mandatory:=copydesk"),
                                jar + ": " + export);
                    }
                }
            }
        }
    }

    @Test
    void copydesk_validatesAndWritesInsideTheFramework() throws Exception {
        List<Bundle> bundles = new ArrayList<>();
        for (Path jar : jars()) {
            bundles.add(framework.getBundleContext().installBundle(jar.toUri().toString()));
        }
        // jackson-core and jackson-databind of both lines; Jackson 3 uses Jackson 2's annotations
        assertEquals(BUNDLES.size() + 2, bundles.size(),
                () -> bundles.stream().map(Bundle::getSymbolicName).collect(Collectors.joining(", ")));
        Bundle probe = framework.getBundleContext().installBundle("probe", new ByteArrayInputStream(probeBundle()));
        bundles.add(probe);
        if (!framework.adapt(FrameworkWiring.class).resolveBundles(bundles)) {
            List<String> unresolved = new ArrayList<>();
            for (Bundle bundle : bundles) {
                if (bundle.getState() == Bundle.INSTALLED) {
                    try {
                        bundle.start();
                    } catch (BundleException e) {
                        unresolved.add(e.getMessage());
                    }
                }
            }
            fail("unresolved bundles:\n" + String.join("\n", unresolved));
        }

        @SuppressWarnings("unchecked")
        Map<String, String> seen = (Map<String, String>) probe.loadClass(Probe.class.getName()).getMethod("run").invoke(null);

        assertEquals("org.hibernate.validator", seen.get("provider bundle"));
        assertEquals("io.github.copydesk.core", seen.get("validator bundle"));
        assertTrue(seen.get("default lookup").contains("providerResolver"), seen.get("default lookup"));
        // the same findings, in German, as outside the framework
        List<Finding> expected = ArticleValidator.create().validate(Probe.article(), Locale.GERMAN).findings();
        assertEquals(expected.stream().map(Finding::rule).collect(Collectors.joining(",")), seen.get("rules"));
        assertEquals(expected.stream().map(Finding::message).collect(Collectors.joining("\n")), seen.get("messages"));
        assertEquals(JsonLdWriter.create().write(Probe.article()), seen.get("json-ld"));
        assertEquals(Probe.article().url().toString(), seen.get("json-ld read back"));
        assertEquals(NinjsWriter.create().write(Probe.article()), seen.get("ninjs"));
        assertEquals(Probe.article().url().toString(), seen.get("ninjs read back"));
        assertEquals(seen.get("jackson 3"), seen.get("jackson 2"));
        assertTrue(seen.get("jackson 3").startsWith("{\"url\":\"https://example.com/news/harbour-reopens\""), seen.get("jackson 3"));
    }
}
