package kz.civicrelay.scheduling.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.validate.ValidationResult;

import org.junit.jupiter.api.Test;

import kz.civicrelay.reference.Trilingual;
import kz.civicrelay.scheduling.domain.PlannedForum;
import kz.civicrelay.scheduling.domain.ProposedSession;
import kz.civicrelay.scheduling.domain.Schedule;
import kz.civicrelay.scheduling.domain.SeriesPlan;
import kz.civicrelay.scheduling.domain.SessionKind;

/** The feeds read back with ical4j: valid iCalendar, Kazakh letters intact, stable UIDs, times in Asia/Almaty. */
class CalendarFeedTest {

    private static final Trilingual TITLE = Trilingual.of("Жетісу азаматтық форумы", "Гражданский форум Жетісу",
            "Jetisu civic forum");
    private static final Trilingual THEME = Trilingual.of("Жергілікті өзін-өзі басқару", "Местное самоуправление",
            "Local self-government");
    private static final Trilingual PANEL = Trilingual.of("Бизнес және ҮЕҰ: диалог алаңы", "Бизнес и НПО",
            "Business and NGOs");
    private static final Instant STAMP = Instant.parse("2026-12-02T08:00:00Z");

    private final Schedule schedule = new Schedule();

    @Test
    void shouldWriteTheSeriesAsOneValidAllDayEventPerForum() throws Exception {
        planned();

        Calendar calendar = readBack(CalendarFeed.ofSeries(schedule.series("ss"), STAMP));

        List<VEvent> events = calendar.getComponents("VEVENT");
        assertThat(events).hasSize(2);
        assertThat(events.get(0).getUid().orElseThrow().getValue()).isEqualTo("ss-01-kz-33@civic-relay.kz");
        assertThat(events.get(0).getSummary().getValue()).contains("Жетісу азаматтық форумы");
        assertThat(events.get(0).getProperty("DTSTART").orElseThrow().toString()).contains("VALUE=DATE:20260915");
        assertThat(events.get(0).getProperty("DTEND").orElseThrow().toString()).contains("20260917");
        assertThat(events.get(0).getProperty("CATEGORIES").orElseThrow().getValue()).contains("Жетісу облысы");
    }

    @Test
    void shouldMarkACancelledForumInTheSeriesFeed() throws Exception {
        planned();
        schedule.cancel("ss-02-kz-75", THEME).forEach(e -> schedule.apply("ss", e));

        String ics = CalendarFeed.ofSeries(schedule.series("ss"), STAMP);

        assertThat(readBack(ics).getComponents("VEVENT").get(1).getProperty("STATUS").orElseThrow().getValue())
                .isEqualTo("CANCELLED");
    }

    @Test
    void shouldWriteTheProgrammeInKazakhstansTimeZone() throws Exception {
        planned();
        LocalDate day = LocalDate.of(2026, 9, 22);
        schedule.setProgramme("ss-02-kz-75", List.of(
                new ProposedSession(null, SessionKind.PLENARY, TITLE, day.atTime(10, 0), day.atTime(12, 0), null,
                        null, null),
                new ProposedSession(null, SessionKind.DIALOGUE_PLATFORM, PANEL, day.atTime(14, 0), day.atTime(16, 0),
                        "Кіші зал", "Әлия Нұрланқызы", 40))).forEach(e -> schedule.apply("ss", e));

        String ics = CalendarFeed.ofProgramme(schedule.series("ss"), "ss-02-kz-75", STAMP);
        Calendar calendar = readBack(ics);

        assertThat(ics).contains("BEGIN:VTIMEZONE", "TZID:Asia/Almaty", "TZOFFSETTO:+0500",
                "DTSTART;TZID=Asia/Almaty:20260922T140000", "Әлия Нұрланқызы", "Кіші зал");
        List<VEvent> events = calendar.getComponents("VEVENT");
        assertThat(events).extracting(e -> e.getUid().orElseThrow().getValue())
                .containsExactly("ss-02-kz-75.s1@civic-relay.kz", "ss-02-kz-75.s2@civic-relay.kz");
        assertThat(events.get(1).getSummary().getValue()).startsWith("Бизнес және ҮЕҰ: диалог алаңы");
        assertThat(events.get(1).getProperty("CATEGORIES").orElseThrow().getValue()).isEqualTo("DIALOGUE_PLATFORM");
    }

    @Test
    void shouldWriteAnEmptyProgrammeAsAValidCalendar() throws Exception {
        planned();

        Calendar calendar = readBack(CalendarFeed.ofProgramme(schedule.series("ss"), "ss-01-kz-33", STAMP));

        assertThat(calendar.getComponents("VEVENT")).isEmpty();
    }

    private static Calendar readBack(String ics) throws Exception {
        Calendar calendar = new CalendarBuilder().build(new StringReader(ics));
        ValidationResult result = calendar.validate();
        assertThat(result.hasErrors()).as(result.toString()).isFalse();
        return calendar;
    }

    private void planned() {
        LocalDate day = LocalDate.of(2026, 9, 15);
        SeriesPlan plan = new SeriesPlan("ss", TITLE, List.of(
                new PlannedForum("ss-01-kz-33", 1, "KZ-33", TITLE, THEME, TITLE, TITLE, day, day.plusDays(1), 200,
                        false),
                new PlannedForum("ss-02-kz-75", 2, "KZ-75", TITLE, THEME, TITLE, TITLE, day.plusDays(7),
                        day.plusDays(8), 200, true, 10)), Map.of());
        schedule.plan(plan).forEach(e -> schedule.apply("ss", e));
    }
}
