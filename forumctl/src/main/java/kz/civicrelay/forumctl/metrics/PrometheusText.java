package kz.civicrelay.forumctl.metrics;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Prometheus' text exposition format (version 0.0.4), as a scrape reads it: one sample a line,
 * {@code name{label="value",…} value [timestamp]}; {@code #} lines ({@code # HELP}, {@code # TYPE}, comments) and
 * blank lines carry no sample. Label values may escape {@code \\}, {@code \"} and {@code \n}; a value is a float as Go
 * writes it ({@code 1.0}, {@code 5.1234E7}, {@code NaN}, {@code +Inf}, {@code -Inf}).
 */
final class PrometheusText {

    /** One sample: the metric's name (with its {@code _total}, {@code _bucket}… suffix), its labels, its value. */
    record Sample(String name, Map<String, String> labels, double value) {

        Sample {
            labels = Collections.unmodifiableMap(new LinkedHashMap<>(labels));
        }

        /** The label's value, or the empty string, as Prometheus reads a label that is not there. */
        String label(String label) {
            return labels.getOrDefault(label, "");
        }
    }

    private PrometheusText() {
    }

    /** Every sample of {@code text}, in order; refuses a line that is not one, naming its number. */
    static List<Sample> parse(String text) {
        List<Sample> samples = new ArrayList<>();
        int number = 0;
        for (String line : text.split("\n", -1)) {
            number++;
            String trimmed = line.strip();
            if (trimmed.isEmpty() || trimmed.startsWith("#")) {
                continue;
            }
            try {
                samples.add(new LineReader(trimmed).sample());
            } catch (IllegalArgumentException | IndexOutOfBoundsException e) {
                throw new IllegalArgumentException("Not Prometheus' text format at line " + number + " ("
                        + e.getMessage() + "): " + line, e);
            }
        }
        return samples;
    }

    /**
     * The lines of {@code text} about metrics whose name starts with {@code prefix}, as they came: their samples and
     * their {@code # HELP} and {@code # TYPE} lines, so that what is kept is still the format.
     */
    static List<String> linesAbout(String text, String prefix) {
        List<String> kept = new ArrayList<>();
        for (String line : text.split("\n")) {
            String about = line.startsWith("# HELP ") || line.startsWith("# TYPE ") ? line.substring(7) : line;
            if (about.startsWith(prefix)) {
                kept.add(line);
            }
        }
        return kept;
    }

    /** A float as the format writes it; Java's own spelling of infinity is taken too. */
    static double value(String token) {
        return switch (token.toLowerCase(Locale.ROOT)) {
            case "+inf", "inf", "+infinity", "infinity" -> Double.POSITIVE_INFINITY;
            case "-inf", "-infinity" -> Double.NEGATIVE_INFINITY;
            case "nan" -> Double.NaN;
            default -> Double.parseDouble(token);
        };
    }

    /** Reads one sample line from left to right. */
    private static final class LineReader {

        private final String line;
        private int at;

        LineReader(String line) {
            this.line = line;
        }

        Sample sample() {
            String name = name();
            Map<String, String> labels = new LinkedHashMap<>();
            skipBlanks();
            if (at < line.length() && line.charAt(at) == '{') {
                at++;
                labels(labels);
            }
            skipBlanks();
            String[] rest = line.substring(at).strip().split("[ \t]+");
            if (rest.length == 0 || rest[0].isEmpty() || rest.length > 2) {
                throw new IllegalArgumentException("a value, and at most a timestamp, expected after the name");
            }
            return new Sample(name, labels, value(rest[0]));
        }

        private void labels(Map<String, String> labels) {
            while (true) {
                skipBlanks();
                if (line.charAt(at) == '}') {
                    at++;
                    return;
                }
                String label = name();
                skipBlanks();
                expect('=');
                skipBlanks();
                expect('"');
                labels.put(label, quoted());
                skipBlanks();
                if (line.charAt(at) == ',') {
                    at++;
                } else if (line.charAt(at) != '}') {
                    throw new IllegalArgumentException("',' or '}' expected at column " + (at + 1));
                }
            }
        }

        /** A label's value up to its closing quote, its escapes undone. */
        private String quoted() {
            StringBuilder value = new StringBuilder();
            while (true) {
                char c = line.charAt(at++);
                if (c == '"') {
                    return value.toString();
                }
                if (c == '\\') {
                    char escaped = line.charAt(at++);
                    value.append(switch (escaped) {
                        case 'n' -> '\n';
                        case '\\', '"' -> escaped;
                        default -> throw new IllegalArgumentException("unknown escape \\" + escaped);
                    });
                } else {
                    value.append(c);
                }
            }
        }

        private String name() {
            int start = at;
            while (at < line.length() && isNameChar(line.charAt(at), at == start)) {
                at++;
            }
            if (at == start) {
                throw new IllegalArgumentException("a name expected at column " + (start + 1));
            }
            return line.substring(start, at);
        }

        private static boolean isNameChar(char c, boolean first) {
            return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c == '_' || c == ':' || !first && c >= '0' && c <= '9';
        }

        private void expect(char c) {
            if (line.charAt(at) != c) {
                throw new IllegalArgumentException("'" + c + "' expected at column " + (at + 1));
            }
            at++;
        }

        private void skipBlanks() {
            while (at < line.length() && (line.charAt(at) == ' ' || line.charAt(at) == '\t')) {
                at++;
            }
        }
    }
}
