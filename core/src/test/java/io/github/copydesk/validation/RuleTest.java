package io.github.copydesk.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.annotation.Annotation;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

import io.github.copydesk.model.Article;
import io.github.copydesk.model.Audio;
import io.github.copydesk.model.Byline;
import io.github.copydesk.model.Contributor;
import io.github.copydesk.model.Copyright;
import io.github.copydesk.model.Correction;
import io.github.copydesk.model.Dateline;
import io.github.copydesk.model.Image;
import io.github.copydesk.model.Organization;
import io.github.copydesk.model.Person;
import io.github.copydesk.model.Place;
import io.github.copydesk.model.Quote;
import io.github.copydesk.model.Rights;
import io.github.copydesk.model.Video;
import io.github.copydesk.validation.internal.Messages;

import jakarta.validation.Validation;
import jakarta.validation.ValidatorFactory;
import jakarta.validation.metadata.BeanDescriptor;
import jakarta.validation.metadata.ConstraintDescriptor;
import jakarta.validation.metadata.ContainerElementTypeDescriptor;
import jakarta.validation.metadata.PropertyDescriptor;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class RuleTest {

    private static final Pattern ID = Pattern.compile("[a-z]+(\\.[a-z][a-z0-9-]*){2,}");
    private static final Class<?>[] MODEL = {Article.class, Byline.class, Contributor.class, Person.class,
        Organization.class, Dateline.class, Place.class, Quote.class, Image.class, Video.class, Audio.class,
        Rights.class, Correction.class, Copyright.class};

    private static ValidatorFactory factory;

    @BeforeAll
    static void bootstrap() {
        factory = Validation.byDefaultProvider().configure().ignoreXmlConfiguration()
                .messageInterpolator(ArticleValidator.messageInterpolator()).buildValidatorFactory();
    }

    @AfterAll
    static void close() {
        factory.close();
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(Rule.class)
    void id_isStableFormAndStartsWithProfile(Rule rule) {
        assertTrue(ID.matcher(rule.id()).matches(), rule.id());
        assertTrue(rule.id().startsWith(rule.profile().id() + "."), rule.id());
        assertEquals(Optional.of(rule), Rule.byId(rule.id()));
        assertEquals(Optional.of(rule), Rule.byMessageTemplate(rule.messageTemplate()));
        assertEquals(rule.profile().group(rule.severity()), rule.group());
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(Rule.class)
    void message_existsInCopydeskBundle(Rule rule) {
        String message = new Messages(null).get(rule.id(), Locale.ROOT);
        assertNotNull(message, rule.id());
        assertFalse(message.isBlank());
        assertFalse(message.contains("{"), "messages take no parameters: " + message);
    }

    @Test
    void ids_areUnique() {
        Set<String> ids = new HashSet<>();
        for (Rule rule : Rule.values()) {
            assertTrue(ids.add(rule.id()), rule.id());
        }
    }

    @Test
    void byMessageTemplate_otherTemplates_areNotRules() {
        assertEquals(Optional.empty(), Rule.byMessageTemplate("{jakarta.validation.constraints.NotNull.message}"));
        assertEquals(Optional.empty(), Rule.byMessageTemplate("publishable.url.required"));
        assertEquals(Optional.empty(), Rule.byMessageTemplate("{}"));
        assertEquals(Optional.empty(), Rule.byMessageTemplate(null));
    }

    /**
     * Reads every constraint declared on the model through Bean Validation's metadata API: each
     * Copydesk constraint's groups must be exactly its rule's group, and every publishable rule must
     * be declared somewhere, so the registry and the model cannot drift apart.
     */
    @Test
    void constraints_carryTheirRuleAndItsGroup_andEveryPublishableRuleIsDeclared() {
        Set<Rule> declared = EnumSet.noneOf(Rule.class);
        for (Class<?> type : MODEL) {
            BeanDescriptor bean = factory.getValidator().getConstraintsForClass(type);
            check(bean.getConstraintDescriptors(), declared, type.getSimpleName());
            for (PropertyDescriptor property : bean.getConstrainedProperties()) {
                String where = type.getSimpleName() + "." + property.getPropertyName();
                check(property.getConstraintDescriptors(), declared, where);
                for (ContainerElementTypeDescriptor element : property.getConstrainedContainerElementTypes()) {
                    check(element.getConstraintDescriptors(), declared, where + "[]");
                }
            }
        }
        for (Rule rule : Rule.values()) {
            if (rule.profile() == Profile.PUBLISHABLE) {
                assertTrue(declared.contains(rule), "no constraint declares " + rule.id());
            }
        }
    }

    private static void check(Set<ConstraintDescriptor<?>> descriptors, Set<Rule> declared, String where) {
        for (ConstraintDescriptor<?> descriptor : descriptors) {
            Annotation annotation = descriptor.getAnnotation();
            Map<String, Object> attributes = descriptor.getAttributes();
            Object rule = attributes.get("rule");
            assertTrue(rule instanceof Rule, where + ": " + annotation + " carries no rule");
            Rule r = (Rule) rule;
            assertEquals(Set.of(r.group()), descriptor.getGroups(), where + ": groups of " + annotation);
            declared.add(r);
        }
    }
}
