package kz.civicrelay.registration.domain;

import java.lang.Character.UnicodeScript;

/**
 * What a person may write as a name or an organisation when they register: letters of any one script per
 * word (Kazakh and Russian Cyrillic, Latin, …; a word mixing Cyrillic and Latin letters is refused, as a
 * look-alike spelling would make the same person two), spaces and the punctuation names use; an
 * organisation may also have digits and common punctuation (« » " № . , ( ) / &amp; +). No emoji, symbols or
 * control characters. Applied to input only: events already on the log are read as they were written.
 */
final class PersonText {

    private PersonText() {
    }

    static void name(String field, String text) {
        check(field, text, false);
    }

    static void organisation(String field, String text) {
        check(field, text, true);
    }

    private static void check(String field, String text, boolean organisation) {
        UnicodeScript wordScript = null;
        for (int i = 0; i < text.length(); ) {
            int c = text.codePointAt(i);
            i += Character.charCount(c);
            if (Character.isLetter(c)) {
                UnicodeScript script = UnicodeScript.of(c);
                if (wordScript != null && script != wordScript) {
                    throw new IllegalArgumentException(field + " mixes " + name(wordScript) + " and " + name(script)
                            + " letters in one word");
                }
                wordScript = script;
            } else if (Character.getType(c) == Character.NON_SPACING_MARK) {
                continue; // a combining accent belongs to the letter before it
            } else {
                wordScript = null;
                if (!allowed(c, organisation)) {
                    throw new IllegalArgumentException(field + " must not contain '" + new String(Character.toChars(c))
                            + "' (U+" + String.format("%04X", c) + "): only letters, spaces and "
                            + (organisation ? "digits and common punctuation" : "hyphens, apostrophes and dots"));
                }
            }
        }
    }

    private static boolean allowed(int c, boolean organisation) {
        if (c == ' ' || c == '-' || c == '\'' || c == '’' || c == '.') {
            return true;
        }
        return organisation && (Character.isDigit(c) || "«»\"“”„№,()/&+:;!?–—_#@".indexOf(c) >= 0);
    }

    private static String name(UnicodeScript script) {
        return script.name().charAt(0) + script.name().substring(1).toLowerCase(java.util.Locale.ROOT);
    }
}
