package kz.civicrelay.scheduling.web;

import java.time.Clock;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import kz.civicrelay.scheduling.application.Scheduling;

/** The public plan as iCalendar feeds a calendar app subscribes to (no sign-in: calendar apps cannot). */
@RestController
class CalendarController {

    private static final MediaType CALENDAR = MediaType.parseMediaType(CalendarFeed.MEDIA_TYPE);

    private final Scheduling scheduling;
    private final Clock clock = Clock.systemUTC();

    CalendarController(Scheduling scheduling) {
        this.scheduling = scheduling;
    }

    @Operation(summary = "The series as iCalendar: one all-day event per forum (UID: the forum id)")
    @GetMapping("/api/series/{seriesId}/calendar.ics")
    ResponseEntity<String> series(@PathVariable String seriesId) {
        String ics = scheduling.read(schedule -> CalendarFeed.ofSeries(schedule.series(seriesId), clock.instant()));
        return calendar(seriesId, ics);
    }

    @Operation(summary = "A forum's programme as iCalendar: one event per session, in Asia/Almaty with its VTIMEZONE")
    @GetMapping("/api/forums/{forumId}/programme.ics")
    ResponseEntity<String> programme(@PathVariable String forumId) {
        String ics = scheduling.read(schedule -> CalendarFeed.ofProgramme(schedule.seriesOf(forumId), forumId,
                clock.instant()));
        return calendar(forumId, ics);
    }

    private static ResponseEntity<String> calendar(String name, String ics) {
        return ResponseEntity.ok().contentType(CALENDAR)
                .header("Content-Disposition", "inline; filename=\"" + name + ".ics\"").body(ics);
    }
}
