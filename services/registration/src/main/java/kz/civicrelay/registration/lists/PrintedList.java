package kz.civicrelay.registration.lists;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.NoSuchElementException;
import java.util.function.Predicate;

import org.jspecify.annotations.Nullable;

import kz.civicrelay.reference.Regions;
import kz.civicrelay.reference.Trilingual;
import kz.civicrelay.registration.domain.Delegation;
import kz.civicrelay.registration.domain.ForumRegistration;
import kz.civicrelay.registration.domain.Participant;
import kz.civicrelay.registration.domain.Registrant;
import kz.civicrelay.registration.lists.ListTexts.Column;

/**
 * The lists a secretariat prints, each a table of headings and rows in one of the forum's languages: who holds a
 * seat, the regions' delegations, the waitlist in order, and attendance (who holds a seat, and whether and when
 * they came). Times are Kazakhstan's (UTC+5).
 */
enum PrintedList {

    PARTICIPANTS(new Trilingual("Қатысушылар", "Участники", "Participants"), Column.NUMBER, Column.FULL_NAME,
            Column.ORGANISATION, Column.CATEGORY, Column.REGION, Column.DELEGATION, Column.LANGUAGES, Column.EMAIL,
            Column.PHONE, Column.REGISTERED_AT),
    DELEGATIONS(new Trilingual("Делегациялар", "Делегации", "Delegations"), Column.REGION, Column.DELEGATION,
            Column.FULL_NAME, Column.ORGANISATION, Column.CATEGORY, Column.EMAIL, Column.PHONE),
    WAITLIST(new Trilingual("Күту тізімі", "Лист ожидания", "Waitlist"), Column.POSITION, Column.FULL_NAME,
            Column.ORGANISATION, Column.CATEGORY, Column.REGION, Column.EMAIL, Column.PHONE, Column.REGISTERED_AT),
    ATTENDANCE(new Trilingual("Қатысу", "Посещаемость", "Attendance"), Column.NUMBER, Column.FULL_NAME,
            Column.ORGANISATION, Column.CATEGORY, Column.REGION, Column.ATTENDED, Column.CHECKED_IN_AT);

    private static final DateTimeFormatter LOCAL_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")
            .withZone(ZoneOffset.ofHours(5));

    private final Trilingual title;
    private final List<Column> columns;

    PrintedList(Trilingual title, Column... columns) {
        this.title = title;
        this.columns = List.of(columns);
    }

    /** A list's table: its title, headings and rows. */
    record Table(String title, List<String> headings, List<List<String>> rows) {
    }

    /** The list named {@code name} in a URL (participants, delegations, waitlist, attendance). */
    static PrintedList named(String name) {
        return Arrays.stream(values()).filter(l -> l.fileName().equals(name)).findFirst()
                .orElseThrow(() -> new NoSuchElementException("No list '" + name + "': participants, delegations, "
                        + "waitlist or attendance"));
    }

    String fileName() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The table of the forum's registrations that {@code shown} lets through, in {@code language}. */
    Table table(ForumRegistration forum, Predicate<Participant> shown, String language) {
        List<Participant> people = people(forum).stream().filter(shown).toList();
        List<List<String>> rows = new ArrayList<>();
        for (int i = 0; i < people.size(); i++) {
            Participant participant = people.get(i);
            int number = i + 1;
            rows.add(columns.stream().map(c -> cell(c, participant, number, language)).toList());
        }
        return new Table(ListTexts.in(title, language), columns.stream().map(c -> c.heading(language)).toList(),
                rows);
    }

    private List<Participant> people(ForumRegistration forum) {
        return switch (this) {
            case PARTICIPANTS, ATTENDANCE -> forum.participants().stream().filter(Participant::holdsSeat).toList();
            case DELEGATIONS -> forum.participants().stream().filter(p -> p.holdsSeat() && p.delegation() != null)
                    .sorted(Comparator.comparing((Participant p) -> p.registrant().regionOfOrigin())
                            .thenComparing(p -> !isHead(p)))
                    .toList();
            case WAITLIST -> forum.waitlist().stream().map(forum::participant).toList();
        };
    }

    private static String cell(Column column, Participant participant, int number, String language) {
        Registrant r = participant.registrant();
        return switch (column) {
            case NUMBER, POSITION -> Integer.toString(number);
            case FULL_NAME -> r.fullName();
            case ORGANISATION -> r.organisation();
            case CATEGORY -> ListTexts.category(r.category(), language);
            case REGION -> ListTexts.in(Regions.byCode(r.regionOfOrigin()).name(), language);
            case DELEGATION -> participant.delegation() == null ? ""
                    : ListTexts.in(isHead(participant) ? ListTexts.HEAD : ListTexts.MEMBER, language);
            case LANGUAGES -> String.join(", ", r.languages());
            case EMAIL -> orEmpty(r.email());
            case PHONE -> orEmpty(r.phone());
            case REGISTERED_AT -> time(participant.registeredAt());
            case ATTENDED -> ListTexts.in(participant.checkedInAt() == null ? ListTexts.NO : ListTexts.YES, language);
            case CHECKED_IN_AT -> time(participant.checkedInAt());
        };
    }

    private static boolean isHead(Participant participant) {
        Delegation delegation = participant.delegation();
        return delegation != null && delegation.head();
    }

    private static String time(@Nullable Instant at) {
        return at == null ? "" : LOCAL_TIME.format(at);
    }

    private static String orEmpty(@Nullable String text) {
        return text == null ? "" : text;
    }
}
