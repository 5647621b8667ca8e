package io.github.copydesk.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import io.github.copydesk.model.Article;
import io.github.copydesk.model.ArticleType;
import io.github.copydesk.model.Audio;
import io.github.copydesk.model.Byline;
import io.github.copydesk.model.Contributor;
import io.github.copydesk.model.ContributorRole;
import io.github.copydesk.model.Copyright;
import io.github.copydesk.model.Correction;
import io.github.copydesk.model.Dateline;
import io.github.copydesk.model.Image;
import io.github.copydesk.model.NewsDate;
import io.github.copydesk.model.Organization;
import io.github.copydesk.model.Paywall;
import io.github.copydesk.model.Person;
import io.github.copydesk.model.Place;
import io.github.copydesk.model.Quote;
import io.github.copydesk.model.Rights;
import io.github.copydesk.model.Video;
import io.github.copydesk.testing.theories.Theories;

import org.junit.jupiter.api.Test;

/**
 * {@link ModelGenerators#articles()} reaches every field of every model type: each record component
 * is seen present, seen absent wherever the model allows absence, and each list seen empty and with
 * several elements; every enum constant, both forms of {@link NewsDate}, and free and paywalled
 * articles are drawn. Other modules' round-trip properties rely on this.
 */
class ModelGeneratorsTest {

    /** Every record type of the model. */
    private static final List<Class<? extends Record>> MODEL = List.of(Article.class, Audio.class, Byline.class,
            Contributor.class, Copyright.class, Correction.class, Dateline.class, Image.class, Organization.class,
            Paywall.class, Person.class, Place.class, Quote.class, Rights.class, Video.class);

    /** Components the model requires: never absent. */
    private static final Set<String> REQUIRED = Set.of("Article.type", "Dateline.place", "Contributor.party",
            "Contributor.role", "Image.rights", "Video.rights", "Audio.rights", "Correction.text");

    /** Lists the model requires to be non-empty. */
    private static final Set<String> NON_EMPTY = Set.of("Byline.contributors");

    private static final int TRIES = 2000;

    @Test
    void articles_reachEveryFieldOfEveryModelTypePresentAndAbsent() {
        Coverage coverage = new Coverage();
        Theories.qt(TRIES).forAll(ModelGenerators.articles()).checkAssert(coverage::visit);

        List<String> missing = new ArrayList<>();
        for (Class<? extends Record> type : MODEL) {
            for (RecordComponent component : type.getRecordComponents()) {
                String name = type.getSimpleName() + "." + component.getName();
                Class<?> kind = component.getType();
                if (!coverage.present.contains(name)) {
                    missing.add(name + " present");
                }
                if (java.util.Collection.class.isAssignableFrom(kind)) {
                    if (!NON_EMPTY.contains(name) && !coverage.empty.contains(name)) {
                        missing.add(name + " empty");
                    }
                    if (!coverage.several.contains(name)) {
                        missing.add(name + " with several elements");
                    }
                } else if (kind.isPrimitive()) {
                    if (!coverage.present.contains(name + "=true") || !coverage.present.contains(name + "=false")) {
                        missing.add(name + " true and false");
                    }
                } else if (!REQUIRED.contains(name) && !coverage.absent.contains(name)) {
                    missing.add(name + " absent");
                }
            }
        }
        assertEquals(List.of(), missing, "not drawn in " + TRIES + " articles");
        assertEquals(EnumSet.allOf(ArticleType.class), coverage.articleTypes);
        assertEquals(EnumSet.allOf(ContributorRole.class), coverage.roles);
        assertTrue(coverage.dateOnly > 0 && coverage.dateTime > 0, "both forms of NewsDate");
        assertTrue(coverage.present.contains("Paywall.accessibleForFree=true")
                && coverage.present.contains("Paywall.accessibleForFree=false"), "free and paywalled");
        assertTrue(coverage.present.contains("Rights=NONE"), "no rights at all");
    }

    /** What the generated values held, by {@code Type.component}. */
    private static final class Coverage {

        final Set<String> present = new TreeSet<>();
        final Set<String> absent = new TreeSet<>();
        final Set<String> empty = new TreeSet<>();
        final Set<String> several = new TreeSet<>();
        final Set<ArticleType> articleTypes = EnumSet.noneOf(ArticleType.class);
        final Set<ContributorRole> roles = EnumSet.noneOf(ContributorRole.class);
        int dateOnly;
        int dateTime;

        void visit(Object value) {
            if (value instanceof NewsDate date) {
                if (date.isDateOnly()) {
                    dateOnly++;
                } else {
                    dateTime++;
                }
            } else if (value instanceof ArticleType type) {
                articleTypes.add(type);
            } else if (value instanceof ContributorRole role) {
                roles.add(role);
            } else if (value instanceof Collection<?> list) {
                list.forEach(this::visit);
            } else if (value instanceof Record record) {
                if (Rights.NONE.equals(record)) {
                    present.add("Rights=NONE");
                }
                for (RecordComponent component : record.getClass().getRecordComponents()) {
                    String name = record.getClass().getSimpleName() + "." + component.getName();
                    Object part = read(component, record);
                    if (part == null) {
                        absent.add(name);
                        continue;
                    }
                    present.add(name);
                    if (part instanceof Boolean flag) {
                        present.add(name + "=" + flag);
                    }
                    if (part instanceof Collection<?> list) {
                        if (list.isEmpty()) {
                            empty.add(name);
                        } else if (list.size() > 1) {
                            several.add(name);
                        }
                    }
                    visit(part);
                }
            }
        }

        private static Object read(RecordComponent component, Record record) {
            try {
                return component.getAccessor().invoke(record);
            } catch (IllegalAccessException | InvocationTargetException e) {
                throw new AssertionError("cannot read " + component, e);
            }
        }
    }
}
