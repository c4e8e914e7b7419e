package kz.civicrelay.forumctl.tail;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The moment {@code tail --since} starts at: an instant ({@code 2027-03-15T07:00:00Z}), a date-time with its offset
 * ({@code 2027-03-15T12:00+05:00}), or a span back from now: a number and a unit, {@code s m h d}, one or more
 * ({@code 30m}, {@code 2h}, {@code 7d}, {@code 1h30m}).
 */
public final class Since {

    private static final Pattern SPAN = Pattern.compile("(\\d+)([smhd])");
    private static final Pattern SPANS = Pattern.compile("(\\d+[smhd])+");

    private Since() {
    }

    /** {@code text} as an instant, a span counted back from {@code now}; an {@link IllegalArgumentException} else. */
    public static Instant parse(String text, Instant now) {
        String value = text.strip().toLowerCase(Locale.ROOT);
        if (SPANS.matcher(value).matches()) {
            Duration back = Duration.ZERO;
            Matcher span = SPAN.matcher(value);
            while (span.find()) {
                long amount = Long.parseLong(span.group(1));
                back = back.plus(switch (span.group(2)) {
                    case "s" -> Duration.ofSeconds(amount);
                    case "m" -> Duration.ofMinutes(amount);
                    case "h" -> Duration.ofHours(amount);
                    default -> Duration.ofDays(amount);
                });
            }
            return now.minus(back);
        }
        try {
            return OffsetDateTime.parse(text.strip()).toInstant();
        } catch (DateTimeParseException notOffset) {
            try {
                return Instant.parse(text.strip());
            } catch (DateTimeParseException notInstant) {
                throw new IllegalArgumentException("--since " + text + ": not a time (2027-03-15T12:00+05:00, "
                        + "2027-03-15T07:00:00Z) nor a span back from now (30m, 2h, 7d)", notInstant);
            }
        }
    }
}
