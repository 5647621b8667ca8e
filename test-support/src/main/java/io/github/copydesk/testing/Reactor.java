package io.github.copydesk.testing;

import static org.junit.jupiter.api.Assertions.fail;

import java.nio.file.Path;
import java.util.List;

import org.w3c.dom.Element;

/**
 * The Maven reactor the tests run in: its root (the system property {@code copydesk.reactor}, set by the
 * parent POM's Surefire configuration) and its modules.
 */
public final class Reactor {

    private Reactor() {
    }

    /**
     * A module of the reactor.
     *
     * @param directory its directory
     * @param artifactId its artifact
     * @param published whether it is published: it does not set {@code maven.deploy.skip}
     */
    public record Module(Path directory, String artifactId, boolean published) {

        @Override
        public String toString() {
            return artifactId;
        }
    }

    /**
     * The reactor's root directory.
     *
     * @return the directory holding the parent POM
     */
    public static Path root() {
        String root = System.getProperty("copydesk.reactor");
        if (root == null) {
            fail("the system property copydesk.reactor is not set (the parent POM sets it for Surefire)");
        }
        return Path.of(root);
    }

    /**
     * The modules the parent POM lists, in its order.
     *
     * @return the modules
     */
    public static List<Module> modules() {
        Element parent = PomXml.parse(root().resolve("pom.xml"));
        return PomXml.children(PomXml.child(parent, "modules"), "module").stream().map(module -> {
            Path directory = root().resolve(module.getTextContent().strip());
            Element pom = PomXml.parse(directory.resolve("pom.xml"));
            return new Module(directory, PomXml.text(pom, "artifactId"),
                    !"true".equals(PomXml.text(PomXml.child(pom, "properties"), "maven.deploy.skip")));
        }).toList();
    }
}
