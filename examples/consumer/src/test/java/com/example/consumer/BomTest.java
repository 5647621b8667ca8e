package com.example.consumer;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import javax.xml.parsers.DocumentBuilderFactory;

import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/**
 * What copydesk-bom does to an application that imports it before Spring Boot's BOM: nothing but Copydesk's own
 * versions. Reads the POMs this build resolved from its local repository, and the versions it runs with.
 */
class BomTest {

    private static final String COPYDESK_VERSION = System.getProperty("consumer.copydeskVersion");
    private static final String BOOT_VERSION = System.getProperty("consumer.springBootVersion");

    private static Document pom(String groupId, String artifactId, String version) throws Exception {
        Path file = Path.of(System.getProperty("consumer.localRepository"), groupId.replace('.', File.separatorChar),
                artifactId, version, artifactId + "-" + version + ".pom");
        assertThat(file).exists();
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        try (var in = Files.newInputStream(file)) {
            return factory.newDocumentBuilder().parse(in);
        }
    }

    private static List<Element> children(Element parent, String name) {
        List<Element> found = new ArrayList<>();
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e && e.getTagName().equals(name)) {
                found.add(e);
            }
        }
        return found;
    }

    private static String text(Element parent, String name) {
        List<Element> found = children(parent, name);
        return found.isEmpty() ? null : found.get(0).getTextContent().trim();
    }

    @Test
    void bom_managesCopydesksArtifactsOnly_andHasNoParent() throws Exception {
        Element project = pom("io.github.copydesk", "copydesk-bom", COPYDESK_VERSION).getDocumentElement();
        assertThat(children(project, "parent")).as("a parent's dependencyManagement would be imported too").isEmpty();
        assertThat(text(project, "version")).isEqualTo(COPYDESK_VERSION);
        NodeList dependencies = project.getElementsByTagName("dependency");
        assertThat(dependencies.getLength()).isPositive();
        for (int i = 0; i < dependencies.getLength(); i++) {
            Element dependency = (Element) dependencies.item(i);
            assertThat(text(dependency, "groupId")).as(text(dependency, "artifactId")).isEqualTo("io.github.copydesk");
            // the BOM's own version, written out or as the expression Maven resolves against the BOM
            assertThat(text(dependency, "version")).isIn(COPYDESK_VERSION, "${project.version}");
        }
    }

    @Test
    void runtime_hasTheVersionsSpringBootManages() throws Exception {
        Element properties = children(pom("org.springframework.boot", "spring-boot-dependencies", BOOT_VERSION)
                .getDocumentElement(), "properties").get(0);
        assertThat(tools.jackson.databind.cfg.PackageVersion.VERSION.toString())
                .isEqualTo(text(properties, "jackson-bom.version"));
        assertThat(com.fasterxml.jackson.databind.cfg.PackageVersion.VERSION.toString())
                .isEqualTo(text(properties, "jackson-2-bom.version"));
        assertThat(org.hibernate.validator.HibernateValidator.class.getPackage().getImplementationVersion())
                .isEqualTo(text(properties, "hibernate-validator.version"));
        assertThat(org.junit.jupiter.api.Test.class.getPackage().getImplementationVersion())
                .isEqualTo(text(properties, "junit-jupiter.version"));
    }
}
