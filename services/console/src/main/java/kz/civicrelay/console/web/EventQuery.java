package kz.civicrelay.console.web;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;

import org.springframework.util.MultiValueMap;

import kz.civicrelay.platform.audit.EventFilter;

/**
 * The filters of the history and the live stream as query parameters, those of {@code forumctl tail}: {@code series},
 * {@code forum}, {@code region} (ISO 3166-2:KZ), {@code type}, {@code service}, {@code actor} and {@code q} (text);
 * each may be given several times or with values separated by commas (any matches), different ones all must match.
 */
final class EventQuery {

    private static final Pattern REGION = Pattern.compile("(?i)KZ-\\d{2}");

    private EventQuery() {
    }

    /** The filter the parameters ask for; a region that is no ISO 3166-2:KZ code is an {@link IllegalArgumentException}. */
    static EventFilter filter(MultiValueMap<String, String> parameters) {
        List<String> regions = values(parameters, "region");
        for (String region : regions) {
            if (!REGION.matcher(region.strip()).matches()) {
                throw new IllegalArgumentException("region " + region + ": an ISO 3166-2:KZ code, e.g. KZ-33");
            }
        }
        List<String> texts = parameters.getOrDefault("q", List.of()).stream().filter(t -> !t.isBlank()).toList();
        return new EventFilter(values(parameters, "series"), values(parameters, "forum"), regions,
                values(parameters, "type"), values(parameters, "service"), values(parameters, "actor"), texts);
    }

    private static List<String> values(MultiValueMap<String, String> parameters, String name) {
        List<String> values = new ArrayList<>();
        for (String value : parameters.getOrDefault(name, List.of())) {
            Arrays.stream(value.split(",")).map(String::strip).filter(v -> !v.isEmpty()).forEach(values::add);
        }
        return values;
    }
}
