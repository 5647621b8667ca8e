package io.github.copydesk.cli;

import java.util.IllformedLocaleException;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import io.github.copydesk.validation.ArticleValidator;
import io.github.copydesk.validation.Profile;

import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/**
 * The values of the command line's options and how they are written.
 */
final class Options {

    private Options() {
    }

    /** The output formats of lint. */
    enum Format {
        /** For people. */
        TEXT,
        /** One JSON document, for programs. */
        JSON
    }

    /** {@code text} or {@code json}. */
    static final class FormatConverter implements ITypeConverter<Format> {
        @Override
        public Format convert(String value) {
            return switch (value.toLowerCase(Locale.ROOT)) {
                case "text" -> Format.TEXT;
                case "json" -> Format.JSON;
                default -> throw new TypeConversionException("unknown format '" + value + "': use text or json");
            };
        }
    }

    /** The format names, for the help. */
    static final class Formats implements Iterable<String> {
        @Override
        public Iterator<String> iterator() {
            return List.of("text", "json").iterator();
        }
    }

    /** {@code default} ({@link Profile#PUBLISHABLE}), {@code google} or {@code editorial}. */
    static final class ProfileConverter implements ITypeConverter<Profile> {
        @Override
        public Profile convert(String value) {
            return switch (value.trim().toLowerCase(Locale.ROOT)) {
                case "default" -> Profile.PUBLISHABLE;
                case "google" -> Profile.GOOGLE_SEARCH;
                case "editorial" -> Profile.EDITORIAL;
                default -> throw new TypeConversionException("unknown profile '" + value + "': use default, google or editorial");
            };
        }
    }

    /** The profile names, for the help. */
    static final class Profiles implements Iterable<String> {
        @Override
        public Iterator<String> iterator() {
            return List.of("default", "google", "editorial").iterator();
        }
    }

    /**
     * A BCP 47 language tag of a language Copydesk writes its messages in ({@code en}, {@code de},
     * {@code de-AT}); another language would silently get English, so it is a usage error.
     */
    static final class LocaleConverter implements ITypeConverter<Locale> {
        @Override
        public Locale convert(String value) {
            Locale locale;
            try {
                locale = new Locale.Builder().setLanguageTag(value).build();
            } catch (IllformedLocaleException e) {
                throw new TypeConversionException("'" + value + "' is not a language tag; use one of " + supported());
            }
            if (ArticleValidator.languages().stream().noneMatch(l -> l.getLanguage().equals(locale.getLanguage()))) {
                throw new TypeConversionException("Copydesk's messages are not written in '" + value + "'; use one of "
                        + supported());
            }
            return locale;
        }

        private static String supported() {
            return ArticleValidator.languages().stream().map(Locale::toLanguageTag).collect(Collectors.joining(", "));
        }
    }
}
