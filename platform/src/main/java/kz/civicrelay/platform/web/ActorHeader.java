package kz.civicrelay.platform.web;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

import kz.civicrelay.events.Actor;
import kz.civicrelay.events.ActorKind;
import kz.civicrelay.platform.publish.Origin;

/**
 * Who sends a command: the optional {@code X-Actor} header names the person, who is recorded in the
 * envelope of every event the command writes. Without the header, the service names a fallback.
 *
 * <p>People's names are often Kazakh or Russian, and HTTP headers are not UTF-8 by definition. Two
 * ways in are accepted, so the name arrives intact: percent-encoded UTF-8 ({@code X-Actor:
 * %D2%9A%D0%B0...}, what browsers and Java's HTTP client must send), and raw UTF-8 bytes (what curl
 * sends), which the servlet container hands over read as ISO-8859-1 and which are read again here as
 * UTF-8.
 */
public final class ActorHeader {

    public static final String NAME = "X-Actor";
    static final int MAX_LENGTH = 100;
    private static final Pattern PERCENT_ENCODED = Pattern.compile("(?:[^%]|%[0-9A-Fa-f]{2})*%[0-9A-Fa-f]{2}.*");

    private ActorHeader() {
    }

    /** The command's origin: the header's id (decoded, stripped), or {@code fallback} when absent or blank. */
    public static Origin origin(ActorKind kind, @Nullable String header, String fallback) {
        String id = header == null || header.isBlank() ? fallback : decode(header).strip();
        if (id.isBlank()) {
            id = fallback;
        }
        if (id.length() > MAX_LENGTH) {
            throw new IllegalArgumentException(NAME + " must be at most " + MAX_LENGTH + " characters");
        }
        if (id.chars().anyMatch(Character::isISOControl)) {
            throw new IllegalArgumentException(NAME + " must not contain control characters");
        }
        return Origin.command(new Actor(kind, id, null, null));
    }

    /** The header's text: raw UTF-8 read again as UTF-8, then percent-encoded UTF-8 decoded. */
    static String decode(String header) {
        String text = rawUtf8(header).orElse(header);
        return PERCENT_ENCODED.matcher(text).matches() ? percentDecoded(text).orElse(text) : text;
    }

    /** The header's characters as the ISO-8859-1 bytes they were read from, if those bytes are UTF-8. */
    private static Optional<String> rawUtf8(String header) {
        if (header.chars().anyMatch(c -> c > 0xFF)) {
            return Optional.empty();
        }
        return utf8(header.getBytes(StandardCharsets.ISO_8859_1));
    }

    private static Optional<String> percentDecoded(String text) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        int i = 0;
        while (i < text.length()) {
            if (text.charAt(i) == '%' && isHex(text, i + 1) && isHex(text, i + 2)) {
                bytes.write(Integer.parseInt(text.substring(i + 1, i + 3), 16));
                i += 3;
            } else {
                int codePoint = text.codePointAt(i);
                byte[] encoded = new String(Character.toChars(codePoint)).getBytes(StandardCharsets.UTF_8);
                bytes.write(encoded, 0, encoded.length);
                i += Character.charCount(codePoint);
            }
        }
        return utf8(bytes.toByteArray());
    }

    private static boolean isHex(String text, int index) {
        return index < text.length() && Character.digit(text.charAt(index), 16) >= 0;
    }

    private static Optional<String> utf8(byte[] bytes) {
        try {
            return Optional.of(StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString());
        } catch (CharacterCodingException notUtf8) {
            return Optional.empty();
        }
    }
}
