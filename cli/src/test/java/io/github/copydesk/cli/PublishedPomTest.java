package io.github.copydesk.cli;

import java.nio.file.Path;

import io.github.copydesk.testing.PublishedPom;

import org.junit.jupiter.api.Test;

/**
 * The command line's published POM gives a consumer nothing to resolve: every dependency is shaded into
 * the jar, and there is no parent whose dependencyManagement it would inherit. (The other published POMs
 * are checked by the examples' {@code PublishedPomsTest}, which is built before this module.)
 */
class PublishedPomTest {

    @Test
    void publishedPom_hasNoParentNoDependenciesNoManagedVersions() {
        PublishedPom pom = PublishedPom.of(Path.of("").toAbsolutePath());
        pom.assertLibrary();
        org.junit.jupiter.api.Assertions.assertEquals(java.util.List.of(), pom.dependencies());
    }
}
