package kz.civicrelay.registration.domain;

import java.util.Locale;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.Phonenumber.PhoneNumber;

/**
 * How a person is reached, normalised so that the same address or number written differently is the same:
 * an e-mail address in lower case, a phone number in E.164 form (a number without a country code is read as
 * Kazakhstan's: {@code 8 701 123 45 67} and {@code +7 (701) 123-45-67} are both {@code +77011234567}).
 * Malformed input throws {@link IllegalArgumentException}.
 */
final class Contacts {

    private static final int MAX_EMAIL = 254;
    /** One @, a local part of up to 64 characters, a domain of dot-separated labels ending in a top-level name. */
    private static final Pattern EMAIL = Pattern.compile(
            "[\\p{L}\\p{N}.!#$%&'*+/=?^_`{|}~-]{1,64}@(?:[\\p{L}\\p{N}](?:[\\p{L}\\p{N}-]{0,61}[\\p{L}\\p{N}])?\\.)+"
                    + "\\p{L}[\\p{L}\\p{N}-]{0,62}");
    private static final PhoneNumberUtil PHONES = PhoneNumberUtil.getInstance();
    private static final Pattern PHONE_CHARACTERS = Pattern.compile("[+0-9 ()\\-.]+");

    private Contacts() {
    }

    static @Nullable String email(@Nullable String email) {
        if (email == null || email.isBlank()) {
            return null;
        }
        String normalised = email.strip().toLowerCase(Locale.ROOT);
        if (normalised.length() > MAX_EMAIL || !EMAIL.matcher(normalised).matches() || normalised.contains("..")
                || normalised.startsWith(".") || normalised.contains(".@")) {
            throw new IllegalArgumentException("email '" + email.strip() + "' is not an e-mail address");
        }
        return normalised;
    }

    static @Nullable String phone(@Nullable String phone) {
        if (phone == null || phone.isBlank()) {
            return null;
        }
        String written = phone.strip();
        if (written.length() > 32 || !PHONE_CHARACTERS.matcher(written).matches()) {
            throw new IllegalArgumentException("phone '" + written + "' is not a phone number");
        }
        try {
            PhoneNumber number = PHONES.parse(written, "KZ");
            if (!PHONES.isValidNumber(number)) {
                throw new IllegalArgumentException("phone '" + written + "' is not a valid phone number");
            }
            return PHONES.format(number, PhoneNumberUtil.PhoneNumberFormat.E164);
        } catch (NumberParseException e) {
            throw new IllegalArgumentException("phone '" + written + "' is not a phone number: " + e.getMessage(), e);
        }
    }
}
