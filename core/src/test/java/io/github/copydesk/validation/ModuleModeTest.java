package io.github.copydesk.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.util.List;
import java.util.Locale;

import io.github.copydesk.model.Article;

import org.junit.jupiter.api.Test;

/**
 * Validation works whether Copydesk is on the module path or on the class path. The build runs this
 * class in both modes (see core/pom.xml) and says which one through {@code copydesk.test.modulePath}.
 */
class ModuleModeTest {

    private static final java.util.Set<Profile> PUBLISHABLE_ONLY = java.util.EnumSet.of(Profile.PUBLISHABLE);

    @Test
    void validate_worksInTheModeThisRunUses() {
        String expected = System.getProperty("copydesk.test.modulePath");
        assertTrue("true".equals(expected) || "false".equals(expected),
                "run through Maven: copydesk.test.modulePath must be true or false, was " + expected);
        Module module = ArticleValidator.class.getModule();
        assertEquals(Boolean.parseBoolean(expected), module.isNamed(), "module of Copydesk: " + module);
        if (module.isNamed()) {
            assertEquals("io.github.copydesk.core", module.getName());
            assertTrue(module.isOpen("io.github.copydesk.model"), "model must be open to providers");
            assertTrue(module.isOpen("io.github.copydesk.validation.internal"), "validators must be open to providers");
            assertTrue(!module.isExported("io.github.copydesk.internal"), "internal must not be exported");
            // ... but to Copydesk's own modules (the JSON-LD reader among them), which read values as the model does
            java.util.Set<String> targets = module.getDescriptor().exports().stream()
                    .filter(e -> e.source().equals("io.github.copydesk.internal")).findFirst().orElseThrow().targets();
            assertTrue(targets.contains("io.github.copydesk.jsonld"), targets::toString);
            assertTrue(targets.stream().allMatch(m -> m.startsWith("io.github.copydesk.")), targets::toString);
        }

        Article broken = Articles.publishable().toBuilder().url((URI) null).headline("<i>x</i>").build();
        ValidationReport report = ArticleValidator.create().validate(broken, Locale.ENGLISH, PUBLISHABLE_ONLY);

        assertEquals(List.of(Rule.HEADLINE_NO_MARKUP.id(), Rule.URL_REQUIRED.id()),
                report.findings().stream().map(Finding::rule).toList());
        // Copydesk's message, not hidden by the application's ValidationMessages.properties
        assertTrue(report.findings().get(1).message().startsWith("The canonical URL is missing."),
                report.findings().get(1).message());
    }
}
