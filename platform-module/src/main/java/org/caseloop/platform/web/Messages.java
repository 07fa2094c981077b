package org.caseloop.platform.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.ContextNotActiveException;
import jakarta.inject.Inject;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * Texts for messages that services produce (validation and conflict messages), in the language of
 * the current request. Each module keeps its own bundle and names it here.
 */
@ApplicationScoped
public class Messages {

    private static final ResourceBundle.Control NO_FALLBACK =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    @Inject
    RequestOrigin origin;

    public Locale locale() {
        try {
            return origin.locale();
        } catch (ContextNotActiveException notInARequest) {
            return Languages.DEFAULT;
        }
    }

    public String text(String bundle, String key, Object... args) {
        return text(locale(), bundle, key, args);
    }

    public static String text(Locale locale, String bundle, String key, Object... args) {
        try {
            // No fallback to the JVM's default locale: an English request must never get the Chinese text
            // merely because the server runs in China, nor the reverse.
            String pattern = ResourceBundle.getBundle(bundle, locale, Messages.class.getClassLoader(), NO_FALLBACK)
                    .getString(key);
            return args.length == 0 ? pattern : new MessageFormat(pattern, locale).format(args);
        } catch (MissingResourceException e) {
            return key;
        }
    }
}
