package kz.civicrelay.delivery.email;

import java.util.Locale;

import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;

/** The mail's fixed wording in one language, from the bundles {@code templates/mail/mail_kk|ru|en.properties}. */
record Phrases(MessageSource source, Locale locale) {

    /** The phrase {@code key}, its {@code {0}}, {@code {1}}… replaced by {@code args}. */
    public String t(String key, Object... args) {
        return source.getMessage(key, args, locale);
    }

    /** Whether the bundles have a phrase for {@code key}. */
    boolean has(String key) {
        @Nullable String phrase = source.getMessage(key, null, null, locale);
        return phrase != null;
    }
}
