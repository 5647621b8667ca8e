package io.github.copydesk.jackson;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import tools.jackson.core.JacksonException;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.DatabindException;
import tools.jackson.databind.DefaultTyping;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.cfg.DateTimeFeature;
import tools.jackson.databind.cfg.EnumFeature;
import tools.jackson.databind.exc.ValueInstantiationException;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.jsontype.BasicPolymorphicTypeValidator;

import io.github.copydesk.model.Article;
import io.github.copydesk.model.NewsDate;
import io.github.copydesk.testing.ModelJsonFixtures;
import io.github.copydesk.testing.ModelJsonFixtures.Fixture;
import io.github.copydesk.testing.ModelJsonFixtures.Generated;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class CopydeskModuleTest {

    /** Strict about unknown properties, as the fixture table expects; Spring Boot's mapper is not (see below). */
    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .addModule(new CopydeskModule())
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();

    /** This line as the fixture table checks it. */
    private static final ModelJsonFixtures.Mapper TABLE = new ModelJsonFixtures.Mapper() {
        @Override
        public Object read(String json, Class<?> type) {
            return MAPPER.readValue(json, type);
        }

        @Override
        public String write(Object value) {
            return MAPPER.writeValueAsString(value);
        }

        @Override
        public String rewrite(String json) {
            return MAPPER.writeValueAsString(MAPPER.readTree(json));
        }

        @Override
        public List<Object> path(Exception failure) {
            List<Object> steps = new ArrayList<>();
            for (JacksonException.Reference reference : ((DatabindException) failure).getPath()) {
                steps.add(reference.getPropertyName() != null ? reference.getPropertyName() : reference.getIndex());
            }
            return steps;
        }

        @Override
        public String originalMessage(Exception failure) {
            return ((DatabindException) failure).getOriginalMessage();
        }
    };

    static List<Fixture> fixtures() {
        return ModelJsonFixtures.all();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("fixtures")
    void fixture_readsWritesOrFailsAsTheTableSays(Fixture fixture) throws Exception {
        fixture.check(TABLE);
    }

    static List<Generated<?>> generated() {
        return ModelJsonFixtures.generated();
    }

    /** The law: reading what is written gives an equal value, for every generated value of every type. */
    @ParameterizedTest(name = "{0}")
    @MethodSource("generated")
    void readWrite_anyValue_roundTrips(Generated<?> generated) {
        generated.check(TABLE);
    }

    @Test
    void read_constructionError_keepsTheModelsExceptionAsCause() {
        ValueInstantiationException e = assertThrows(ValueInstantiationException.class,
                () -> MAPPER.readValue("{\"url\": \"ftp://example.com/\"}", Article.class));
        assertEquals(IllegalArgumentException.class, e.getCause().getClass());
    }

    @Test
    void read_insideACollection_pathStartsAtTheElement() {
        String json = "{\"lead\": [{\"type\": \"NEWS\"}, {\"media\": [{\"type\": \"Image\", \"width\": -1}]}]}";
        DatabindException e = assertThrows(DatabindException.class,
                () -> MAPPER.readValue(json, new TypeReference<Map<String, List<Article>>>() { }));
        assertEquals(List.of("lead", 1, "media", 0, "width"), TABLE.path(e));
    }

    @Test
    void read_unknownProperty_skippedWhenTheMapperAllowsIt() {
        ObjectMapper lenient = JsonMapper.builder().addModule(new CopydeskModule())
                .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();
        String json = "{\"headline\": \"Harbour reopens\", \"subtitle\": {\"nested\": [1, {\"type\": \"Image\"}]},"
                + " \"media\": [{\"extra\": [true], \"url\": \"https://example.com/p.jpg\", \"type\": \"Image\"}]}";
        Article article = lenient.readValue(json, Article.class);
        assertEquals("Harbour reopens", article.headline());
        assertEquals("https://example.com/p.jpg", article.media().get(0).url().toString());
    }

    @Test
    void findAndAddModules_findsTheModule() {
        ObjectMapper found = JsonMapper.builder().findAndAddModules().build();
        assertTrue(found.registeredModules().stream().anyMatch(m -> m instanceof CopydeskModule),
                () -> "registered: " + found.registeredModules());
        Article seed = ModelJsonFixtures.seedArticle();
        assertEquals(seed, found.readValue(found.writeValueAsString(seed), Article.class));
    }

    @Test
    void write_mapperSettings_doNotChangeTheJson() {
        ObjectMapper other = JsonMapper.builder().addModule(new CopydeskModule())
                .enable(EnumFeature.WRITE_ENUMS_USING_INDEX)
                .enable(DateTimeFeature.WRITE_DATES_AS_TIMESTAMPS)
                .build();
        Article seed = ModelJsonFixtures.seedArticle();
        assertEquals(MAPPER.writeValueAsString(seed), other.writeValueAsString(seed));
    }

    @Test
    void defaultTyping_writesAndReadsTheMappersTypeIds() {
        ObjectMapper typed = JsonMapper.builder().addModule(new CopydeskModule())
                .activateDefaultTypingAsProperty(BasicPolymorphicTypeValidator.builder()
                        .allowIfSubType("io.github.copydesk.model.").allowIfSubType(ArrayList.class).build(),
                        DefaultTyping.NON_FINAL, "@class")
                .build();
        List<Object> values = new ArrayList<>(List.of(ModelJsonFixtures.seedArticle(), NewsDate.of(LocalDate.of(2016, 7, 27))));
        TypeReference<List<Object>> listOfObjects = new TypeReference<>() { };
        String json = typed.writerFor(listOfObjects).writeValueAsString(values);
        assertTrue(json.contains("{\"@class\":\"io.github.copydesk.model.Article\",\"url\":"), json);
        assertEquals(values, typed.readValue(json, listOfObjects));
    }

    @Test
    void version_isCopydesks() {
        assertEquals("io.github.copydesk", new CopydeskModule().version().getGroupId());
        assertEquals("copydesk-jackson", new CopydeskModule().version().getArtifactId());
    }
}
