package kz.civicrelay.registration.domain;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * Who holds a seat and who of them came ({@link Participant#checkedInAt}): in all, and by each dimension the
 * secretariat counts by — the participant's category, region of origin and the sessions they chose (a person
 * counts in each of theirs).
 */
public record AttendanceFigures(Tally total, Map<String, Map<String, Tally>> byDimension) {

    /** The dimensions counted today, by name. */
    static final Map<String, Function<Participant, String>> DIMENSIONS = dimensions();

    /** Seats held, and how many of those people were checked in. */
    public record Tally(int registered, int attended) {

        Tally plus(Participant participant) {
            return new Tally(registered + 1, attended + (participant.checkedInAt() == null ? 0 : 1));
        }
    }

    /** The figures of {@code participants}: those holding a seat count, ended registrations and the waitlist not. */
    static AttendanceFigures of(List<Participant> participants) {
        return of(participants, p -> List.of());
    }

    /** As {@link #of(List)}, and by session: each person counts in every session they chose. */
    static AttendanceFigures of(List<Participant> participants, Function<Participant, List<String>> sessionsOf) {
        List<Participant> seated = participants.stream().filter(Participant::holdsSeat).toList();
        Tally total = new Tally(0, 0);
        for (Participant participant : seated) {
            total = total.plus(participant);
        }
        Map<String, Map<String, Tally>> byDimension = new LinkedHashMap<>();
        DIMENSIONS.forEach((name, key) -> {
            Map<String, Tally> tallies = new TreeMap<>();
            seated.forEach(p -> tallies.compute(key.apply(p), (value, tally) -> (tally == null ? new Tally(0, 0)
                    : tally).plus(p)));
            byDimension.put(name, Collections.unmodifiableMap(tallies));
        });
        Map<String, Tally> bySession = new TreeMap<>();
        seated.forEach(p -> sessionsOf.apply(p).forEach(session -> bySession.compute(session,
                (value, tally) -> (tally == null ? new Tally(0, 0) : tally).plus(p))));
        byDimension.put("session", Collections.unmodifiableMap(bySession));
        return new AttendanceFigures(total, Collections.unmodifiableMap(byDimension));
    }

    private static Map<String, Function<Participant, String>> dimensions() {
        Map<String, Function<Participant, String>> dimensions = new LinkedHashMap<>();
        dimensions.put("category", p -> p.registrant().category().name());
        dimensions.put("region", p -> p.registrant().regionOfOrigin());
        return dimensions;
    }
}
