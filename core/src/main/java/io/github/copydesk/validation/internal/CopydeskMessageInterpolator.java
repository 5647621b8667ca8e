package io.github.copydesk.validation.internal;

import java.util.Locale;
import java.util.Map;
import java.util.Objects;

import jakarta.validation.MessageInterpolator;

/**
 * Copydesk's {@link MessageInterpolator}: resolves a template's {@code {key}} parameters from the
 * application's {@code ValidationMessages} and Copydesk's own bundle, and {@code {attribute}}
 * parameters from the constraint's attributes. No Expression Language: {@code ${...}} is left as
 * written. Values are never interpolated recursively, so text from a message or an attribute is
 * never read as a template.
 */
public final class CopydeskMessageInterpolator implements MessageInterpolator {

    private final Messages messages;

    /**
     * An interpolator reading overrides through the given class loader.
     *
     * @param messages the messages
     */
    public CopydeskMessageInterpolator(Messages messages) {
        this.messages = Objects.requireNonNull(messages, "messages");
    }

    @Override
    public String interpolate(String messageTemplate, Context context) {
        return interpolate(messageTemplate, context, Locale.getDefault(Locale.Category.DISPLAY));
    }

    @Override
    public String interpolate(String messageTemplate, Context context, Locale locale) {
        Map<String, Object> attributes = context == null || context.getConstraintDescriptor() == null
                ? Map.of() : context.getConstraintDescriptor().getAttributes();
        return interpolate(messageTemplate, attributes, locale);
    }

    /**
     * Interpolates a template without a validation context.
     *
     * @param template the template, such as {@code {publishable.url.required}}
     * @param attributes constraint attributes for {@code {name}} parameters
     * @param locale the locale of the messages
     * @return the message
     */
    public String interpolate(String template, Map<String, Object> attributes, Locale locale) {
        StringBuilder out = new StringBuilder(template.length() + 32);
        int i = 0;
        while (i < template.length()) {
            char c = template.charAt(i);
            if (c == '\\' && i + 1 < template.length()) {
                out.append(template.charAt(i + 1));
                i += 2;
                continue;
            }
            int close = c == '{' && (i == 0 || template.charAt(i - 1) != '$') ? template.indexOf('}', i + 1) : -1;
            if (close < 0) {
                out.append(c);
                i++;
                continue;
            }
            String key = template.substring(i + 1, close);
            String message = messages.get(key, locale);
            Object attribute = message == null ? attributes.get(key) : null;
            if (message != null) {
                out.append(message);
            } else if (attribute != null) {
                out.append(attribute);
            } else {
                out.append(template, i, close + 1);
            }
            i = close + 1;
        }
        return out.toString();
    }
}
