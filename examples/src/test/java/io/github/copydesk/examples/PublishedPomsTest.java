package io.github.copydesk.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import io.github.copydesk.testing.PublishedPom;
import io.github.copydesk.testing.Reactor;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * What a consumer gets from Copydesk's published POMs (the flattened ones the build installs): the BOM
 * manages Copydesk's own artifacts and nothing else, and a library brings its own dependencies at their
 * versions and no managed versions. The command line is built after this module (it shades it), so it
 * checks its own POM ({@code cli}'s {@code PublishedPomTest}).
 */
class PublishedPomsTest {

    private static final String CLI = "copydesk-cli";
    private static final String BOM = "copydesk-bom";

    static List<Reactor.Module> libraries() {
        return Reactor.modules().stream()
                .filter(m -> m.published() && !m.artifactId().equals(BOM) && !m.artifactId().equals(CLI))
                .toList();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("libraries")
    void library_bringsItsDependenciesAndNoManagedVersions(Reactor.Module module) {
        PublishedPom.of(module.directory()).assertLibrary();
    }

    @Test
    void bom_managesCopydesksOwnArtifactsOnly() {
        PublishedPom bom = PublishedPom.of(Reactor.root().resolve("bom"));
        assertFalse(bom.hasParent(), "the BOM names a parent: importing it would import the parent's management");
        assertEquals(List.of(), bom.dependencies());
        assertFalse(bom.managed().isEmpty());
        for (PublishedPom.Dependency managed : bom.managed()) {
            assertEquals(PublishedPom.GROUP, managed.groupId(), managed::toString);
            assertTrue(managed.scope() == null && managed.type() == null, () -> "not a plain artifact: " + managed);
            assertEquals("${project.version}", managed.version(), managed::toString);
        }
    }

    @Test
    void bom_listsEveryPublishedModule() {
        Set<String> managed = PublishedPom.of(Reactor.root().resolve("bom")).managed().stream()
                .map(PublishedPom.Dependency::artifactId).collect(Collectors.toSet());
        List<String> missing = Reactor.modules().stream()
                .filter(m -> m.published() && !m.artifactId().equals(BOM) && !managed.contains(m.artifactId()))
                .map(Reactor.Module::artifactId).toList();
        assertEquals(List.of(), missing, "published but not in the BOM");
    }
}
