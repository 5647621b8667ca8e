package io.github.copydesk.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.annotation.Annotation;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
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
import io.github.copydesk.validation.constraints.ArticleRules;
import io.github.copydesk.validation.internal.Messages;
import io.github.copydesk.validation.internal.Misdeclared;
import io.github.copydesk.validation.internal.RuleChecks;

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

/**
 * The registry is the one place a rule is declared: every rule is checked exactly one way (by the
 * check its entry names, or by one kind of field constraint), in its own group, and has a message in
 * English and in German. The audit reads the model's constraints through Bean Validation's metadata
 * API, so the registry and the model cannot drift apart; {@link #audit_findsWhatIsMisdeclared()} shows
 * that it fails on a model that breaks each of these.
 */
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
    void rule_isDeclaredOnce_inItsGroup_withMessagesInEnglishAndGerman(Rule rule) {
        Audit audit = new Audit(MODEL, Rule::group, new Messages(null)::get);
        assertEquals(List.of(), audit.problems(rule));
    }

    @Test
    void article_declaresOneArticleRulesPerGroupOfEveryProfile() {
        Map<Class<?>, Integer> declared = new HashMap<>();
        for (ConstraintDescriptor<?> d : factory.getValidator().getConstraintsForClass(Article.class).getConstraintDescriptors()) {
            if (d.getAnnotation() instanceof ArticleRules) {
                for (Class<?> group : d.getGroups()) {
                    declared.merge(group, 1, Integer::sum);
                }
            }
        }
        Map<Class<?>, Integer> expected = new HashMap<>();
        for (Profile profile : Profile.values()) {
            for (Class<?> group : profile.groups()) {
                expected.put(group, 1);
            }
        }
        assertEquals(expected, declared);
    }

    @Test
    void audit_findsWhatIsMisdeclared() {
        Class<?>[] model = {Article.class, Image.class, Video.class, Audio.class, Misdeclared.class};
        MessageLookup messages = new Messages(null)::get;

        Audit audit = new Audit(model, Rule::group, messages);
        assertEquals(List.of("checked by its registry check and by field constraints (@Required)",
                "declared in group [Default], not in its group GoogleSearch.Advice (Misdeclared.image)"),
                audit.problems(Rule.GOOGLE_IMAGE_EXPECTED));
        assertEquals(List.of("declared by more than one kind of constraint: @Required, @NoMarkup"),
                audit.problems(Rule.URL_REQUIRED));
        // Contributor is not in this model
        assertEquals(List.of("never checked: no registry check and no field constraint"),
                audit.problems(Rule.CONTRIBUTOR_NAME_REQUIRED));

        // a rule moved to another group, its field constraints left behind
        Audit moved = new Audit(model, rule -> rule == Rule.VIDEO_NAME_REQUIRED ? Publishable.Advice.class : rule.group(),
                messages);
        assertEquals(List.of("declared in group [Default], not in its group Publishable.Advice (Video.name)"),
                moved.problems(Rule.VIDEO_NAME_REQUIRED));

        // a model without the article's @ArticleRules
        Audit noArticle = new Audit(new Class<?>[] {Image.class}, Rule::group, messages);
        assertEquals(List.of("checked by no @ArticleRules of its group Editorial.Advice"),
                noArticle.problems(Rule.EDITORIAL_KEYWORDS_UNIQUE));

        // messages missing, or not translated
        Audit untranslated = new Audit(model, Rule::group,
                (key, locale) -> key.equals(Rule.VIDEO_NAME_REQUIRED.id()) ? "English only" : messages.get(key, locale));
        assertEquals(List.of("the German message is the English one"), untranslated.problems(Rule.VIDEO_NAME_REQUIRED));
        Audit unwritten = new Audit(model, Rule::group, (key, locale) -> null);
        assertEquals(List.of("no English message", "no German message"), unwritten.problems(Rule.VIDEO_NAME_REQUIRED));
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

    /** Looks a message up by key and locale, as {@link Messages#get(String, Locale)} does. */
    interface MessageLookup {
        String get(String key, Locale locale);
    }

    /** Assigns each rule the group it is to be declared in. */
    interface GroupOf {
        Class<?> group(Rule rule);
    }

    /**
     * Reads how a model declares each rule: which kinds of field constraint name it, and in which
     * groups; and which groups the article's {@link ArticleRules} constraints cover.
     */
    private static final class Audit {
        private final GroupOf groupOf;
        private final MessageLookup messages;
        private final Map<Rule, Set<Class<? extends Annotation>>> kinds = new EnumMap<>(Rule.class);
        private final Map<Rule, List<String>> wrongGroups = new EnumMap<>(Rule.class);
        private final Set<Class<?>> articleRulesGroups = new HashSet<>();

        Audit(Class<?>[] model, GroupOf groupOf, MessageLookup messages) {
            this.groupOf = groupOf;
            this.messages = messages;
            for (Class<?> type : model) {
                BeanDescriptor bean = factory.getValidator().getConstraintsForClass(type);
                read(bean.getConstraintDescriptors(), type.getSimpleName());
                for (PropertyDescriptor property : bean.getConstrainedProperties()) {
                    String where = type.getSimpleName() + "." + property.getPropertyName();
                    read(property.getConstraintDescriptors(), where);
                    for (ContainerElementTypeDescriptor element : property.getConstrainedContainerElementTypes()) {
                        read(element.getConstraintDescriptors(), where + "[]");
                    }
                }
            }
        }

        private void read(Set<ConstraintDescriptor<?>> descriptors, String where) {
            for (ConstraintDescriptor<?> descriptor : descriptors) {
                Annotation annotation = descriptor.getAnnotation();
                if (annotation instanceof ArticleRules) {
                    articleRulesGroups.addAll(descriptor.getGroups());
                    continue;
                }
                Object attribute = descriptor.getAttributes().get("rule");
                assertTrue(attribute instanceof Rule, where + ": " + annotation + " names no rule");
                Rule rule = (Rule) attribute;
                kinds.computeIfAbsent(rule, r -> new LinkedHashSet<>()).add(annotation.annotationType());
                if (!descriptor.getGroups().equals(Set.of(groupOf.group(rule)))) {
                    wrongGroups.computeIfAbsent(rule, r -> new ArrayList<>()).add("declared in group "
                            + names(descriptor.getGroups()) + ", not in its group " + name(groupOf.group(rule))
                            + " (" + where + ")");
                }
            }
        }

        /** What is wrong with how the rule is declared; empty when nothing is. */
        List<String> problems(Rule rule) {
            List<String> problems = new ArrayList<>();
            Set<Class<? extends Annotation>> fieldKinds = kinds.getOrDefault(rule, Set.of());
            boolean checked = RuleChecks.of(rule) != null;
            if (checked && !fieldKinds.isEmpty()) {
                problems.add("checked by its registry check and by field constraints (" + annotationNames(fieldKinds) + ")");
            } else if (!checked && fieldKinds.isEmpty()) {
                problems.add("never checked: no registry check and no field constraint");
            }
            if (fieldKinds.size() > 1) {
                problems.add("declared by more than one kind of constraint: " + annotationNames(fieldKinds));
            }
            problems.addAll(wrongGroups.getOrDefault(rule, List.of()));
            if (checked && !articleRulesGroups.contains(groupOf.group(rule))) {
                // a whole-article rule runs only where the article has an @ArticleRules of its group
                problems.add("checked by no @ArticleRules of its group " + name(groupOf.group(rule)));
            }
            String english = messages.get(rule.id(), Locale.ENGLISH);
            String german = messages.get(rule.id(), Locale.GERMAN);
            if (english == null || english.isBlank() || english.contains("{")) {
                problems.add("no English message");
            }
            if (german == null || german.isBlank() || german.contains("{")) {
                problems.add("no German message");
            } else if (german.equals(english)) {
                problems.add("the German message is the English one");
            }
            return problems;
        }


        private static String annotationNames(Set<Class<? extends Annotation>> types) {
            List<String> names = new ArrayList<>();
            types.forEach(t -> names.add("@" + t.getSimpleName()));
            return String.join(", ", names);
        }

        private static List<String> names(Set<Class<?>> groups) {
            return groups.stream().map(Audit::name).sorted().toList();
        }

        /** {@code GoogleSearch.Advice}, {@code Default}. */
        private static String name(Class<?> group) {
            return group.getEnclosingClass() == null ? group.getSimpleName()
                    : group.getEnclosingClass().getSimpleName() + "." + group.getSimpleName();
        }
    }
}
