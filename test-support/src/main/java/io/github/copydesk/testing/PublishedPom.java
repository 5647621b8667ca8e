package io.github.copydesk.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import static io.github.copydesk.testing.PomXml.child;
import static io.github.copydesk.testing.PomXml.text;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.w3c.dom.Element;

/**
 * The POM a Copydesk module publishes (the flattened one the build installs), and what a consumer gets
 * from it: a library's dependencies with their versions and nothing else, or the BOM's managed versions.
 *
 * @param artifactId the artifact
 * @param hasParent whether it names a parent, whose dependencyManagement a consumer would inherit
 * @param dependencies its dependencies
 * @param managed its dependencyManagement
 */
public record PublishedPom(String artifactId, boolean hasParent, List<Dependency> dependencies,
        List<Dependency> managed) {

    /** Copydesk's group. */
    public static final String GROUP = "io.github.copydesk";

    /**
     * One dependency or managed dependency.
     *
     * @param groupId its group
     * @param artifactId its artifact
     * @param version its version as written, or null
     * @param scope its scope as written, or null
     * @param type its type as written, or null
     */
    public record Dependency(String groupId, String artifactId, String version, String scope, String type) {

        @Override
        public String toString() {
            return groupId + ":" + artifactId + ":" + version + (scope == null ? "" : ":" + scope);
        }
    }

    /**
     * The POM the build installs for a module of the reactor: {@code target/.flattened-pom.xml}.
     *
     * @param module the module's directory
     * @return the POM
     */
    public static PublishedPom of(Path module) {
        Path file = module.resolve("target").resolve(".flattened-pom.xml");
        if (!Files.isRegularFile(file)) {
            fail("no published pom at " + file + ": the module is not flattened (the parent's \"published\" profile"
                    + " flattens modules with a module-info), or it is not built before this test");
        }
        Element project = PomXml.parse(file);
        return new PublishedPom(text(project, "artifactId"), child(project, "parent") != null,
                dependencies(child(project, "dependencies")),
                dependencies(child(child(project, "dependencyManagement"), "dependencies")));
    }

    /**
     * Fails unless depending on this artifact gives a consumer its dependencies at the versions Copydesk was
     * built with and nothing else: no parent and no dependencyManagement to inherit, every dependency with
     * a written version, none for tests only.
     */
    public void assertLibrary() {
        assertTrue(!hasParent, () -> artifactId + " names a parent: a consumer would inherit its dependencyManagement");
        assertEquals(List.of(), managed, () -> artifactId + " manages versions for its consumers");
        for (Dependency d : dependencies) {
            assertTrue(d.version() != null && !d.version().contains("${"), () -> artifactId + ": no version for " + d);
            assertTrue(!"test".equals(d.scope()), () -> artifactId + " publishes a test dependency: " + d);
        }
    }

    private static List<Dependency> dependencies(Element list) {
        return PomXml.children(list, "dependency").stream()
                .map(e -> new Dependency(text(e, "groupId"), text(e, "artifactId"), text(e, "version"), text(e, "scope"),
                        text(e, "type")))
                .toList();
    }
}
