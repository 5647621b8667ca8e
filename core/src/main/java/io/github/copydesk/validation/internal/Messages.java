package io.github.copydesk.validation.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.ResourceBundle;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Copydesk's messages, by rule id, in a locale: first from the application's own
 * {@code ValidationMessages} bundle on the class path (so users can override any key), then from
 * Copydesk's bundle {@code io/github/copydesk/validation/internal/messages}.
 *
 * <p>The bundles are read as UTF-8 properties files directly rather than through
 * {@link ResourceBundle#getBundle(String)}: that way an application's {@code ValidationMessages}
 * never hides Copydesk's bundle, lookups do not fall back to the JVM's default locale, and the same
 * code works on the class path and on the module path. Thread-safe; each locale is read once.
 */
public final class Messages {

    /** The languages of Copydesk's bundle, English first (the root bundle is English). */
    public static final List<Locale> LANGUAGES = List.of(Locale.ENGLISH, Locale.GERMAN);

    private static final String OWN = "io/github/copydesk/validation/internal/messages";
    private static final String USER = "ValidationMessages";
    private static final ResourceBundle.Control CONTROL = ResourceBundle.Control.getControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    private final String own;
    private final ClassLoader userLoader;
    private final Map<Locale, Map<String, String>> byLocale = new ConcurrentHashMap<>();

    /**
     * Messages that look up overrides with the given class loader.
     *
     * @param userLoader the loader of the application's {@code ValidationMessages}
     */
    public Messages(ClassLoader userLoader) {
        this(OWN, userLoader);
    }

    private Messages(String own, ClassLoader userLoader) {
        this.own = own;
        this.userLoader = userLoader;
    }

    /**
     * Another of Copydesk's own bundles in core, read the same way, with no application overrides.
     *
     * @param bundle the bundle's path without locale and suffix, such as
     *        {@code io/github/copydesk/validation/internal/report}
     * @return the messages
     */
    public static Messages of(String bundle) {
        return new Messages(bundle, null);
    }

    /**
     * The message for a key in a locale.
     *
     * @param key a rule id
     * @param locale the locale
     * @return the message, or {@code null} if neither bundle has the key
     */
    public String get(String key, Locale locale) {
        return byLocale.computeIfAbsent(locale, this::load).get(key);
    }

    private Map<String, String> load(Locale locale) {
        Map<String, String> merged = new HashMap<>();
        List<Locale> candidates = CONTROL.getCandidateLocales("", locale);
        // least specific locale first, so that a more specific locale wins; within one locale the
        // application's bundle overrides Copydesk's (so an application's root bundle never hides
        // Copydesk's German text, while its German bundle overrides it)
        for (int i = candidates.size() - 1; i >= 0; i--) {
            read(null, own, candidates.get(i), merged);
            if (userLoader != null) {
                read(userLoader, USER, candidates.get(i), merged);
            }
        }
        return Map.copyOf(merged);
    }

    private static void read(ClassLoader loader, String base, Locale locale, Map<String, String> into) {
        String name = CONTROL.toBundleName(base, locale) + ".properties";
        // Copydesk's own bundle is read through its module, which works whether it is named or not
        try (InputStream in = loader == null ? Messages.class.getModule().getResourceAsStream(name)
                : loader.getResourceAsStream(name)) {
            if (in == null) {
                return;
            }
            Properties properties = new Properties();
            try (Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
                properties.load(reader);
            }
            for (String key : properties.stringPropertyNames()) {
                into.put(key, properties.getProperty(key));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read message bundle " + name, e);
        }
    }
}
