package io.github.copydesk.json.shape.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import io.github.copydesk.model.Article;
import io.github.copydesk.model.Media;
import io.github.copydesk.model.Party;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class ModelJsonTest {

    static List<Shape<?>> shapes() {
        return ModelJson.codecs().stream().filter(Shape.class::isInstance).<Shape<?>>map(c -> (Shape<?>) c).toList();
    }

    /** A new record component must get its property, or the JSON would drop it without a word. */
    @ParameterizedTest(name = "{0}")
    @MethodSource("shapes")
    void shape_hasEveryRecordComponent_inOrder_underItsName(Shape<?> shape) {
        List<String> components = Arrays.stream(shape.type().getRecordComponents()).map(RecordComponent::getName).toList();
        List<String> properties = shape.fields().stream().map(Field::name).toList();
        assertEquals(components, properties);
    }

    @Test
    void everyModelTypeReachableFromArticle_hasACodec() {
        Set<Class<?>> withCodec = ModelJson.codecs().stream().map(Codec::type).collect(Collectors.toSet());
        Set<Class<?>> reachable = modelTypesReachableFrom(Article.class);
        Set<Class<?>> missing = reachable.stream().filter(t -> !t.isEnum() && !withCodec.contains(t))
                .collect(Collectors.toCollection(LinkedHashSet::new));
        assertTrue(missing.isEmpty(), () -> "no JSON shape for " + missing);
        assertTrue(reachable.size() > 15, () -> "the walk found only " + reachable);
    }

    @Test
    void families_haveOneTypeIdPerPermittedType_namedAfterIt() {
        assertEquals(simpleNames(Party.class.getPermittedSubclasses()), ModelJson.PARTY.typeIds());
        assertEquals(simpleNames(Media.class.getPermittedSubclasses()), ModelJson.MEDIA.typeIds());
    }

    @Test
    void version_isFilledIn() {
        assertFalse(ModelJson.version().contains("${"), ModelJson.version());
        assertTrue(ModelJson.version().matches("\\d+\\.\\d+\\.\\d+.*"), ModelJson.version());
    }

    private static List<String> simpleNames(Class<?>[] types) {
        return Arrays.stream(types).map(Class::getSimpleName).toList();
    }

    /** The model's own types reached through record components, type arguments and sealed subtypes. */
    private static Set<Class<?>> modelTypesReachableFrom(Class<?> root) {
        Set<Class<?>> seen = new LinkedHashSet<>();
        Deque<Type> todo = new ArrayDeque<>(List.of(root));
        while (!todo.isEmpty()) {
            Type type = todo.pop();
            if (type instanceof ParameterizedType parameterized) {
                todo.addAll(Arrays.asList(parameterized.getActualTypeArguments()));
                todo.push(parameterized.getRawType());
            } else if (type instanceof Class<?> c && c.getPackageName().equals(Article.class.getPackageName())
                    && seen.add(c)) {
                if (c.isRecord()) {
                    for (RecordComponent component : c.getRecordComponents()) {
                        todo.push(component.getGenericType());
                    }
                }
                if (c.isSealed()) {
                    todo.addAll(Arrays.asList(c.getPermittedSubclasses()));
                }
            }
        }
        return seen;
    }
}
