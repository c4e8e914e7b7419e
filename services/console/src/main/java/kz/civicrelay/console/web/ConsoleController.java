package kz.civicrelay.console.web;

import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;

import org.jspecify.annotations.Nullable;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

import kz.civicrelay.console.access.Disclosure;
import kz.civicrelay.console.board.EventEntry;
import kz.civicrelay.console.board.ForumView;
import kz.civicrelay.console.board.HandoffDeliveryView;
import kz.civicrelay.console.board.RelayBoard;
import kz.civicrelay.console.board.SeriesAuditView;
import kz.civicrelay.console.board.SeriesView;
import kz.civicrelay.console.history.History;
import kz.civicrelay.console.history.RowFilter;
import kz.civicrelay.console.stream.LiveStream;
import kz.civicrelay.console.stream.LogFollower;
import kz.civicrelay.platform.security.Caller;

/**
 * What the console page reads: the series, their relay tracks, forum pages, audits and the live stream. Who
 * reaches which is the endpoint rules' matter ({@code access/}); every event answered passes the caller's
 * {@link Disclosure}.
 */
@RestController
@RequestMapping(path = "/api", produces = MediaType.APPLICATION_JSON_VALUE)
class ConsoleController {

    /** How many of a forum's newest events its page shows; the history has the rest. */
    static final int TIMELINE = 200;

    private final RelayBoard board;
    private final History history;
    private final LiveStream stream;
    private final LogFollower follower;

    ConsoleController(RelayBoard board, History history, LiveStream stream, LogFollower follower) {
        this.board = board;
        this.history = history;
        this.stream = stream;
        this.follower = follower;
    }

    /**
     * Whether the console has read the whole log as it was when the console started, how many series
     * it knows, and how many live streams are open now.
     */
    @GetMapping("/status")
    Status status() {
        return new Status(follower.caughtUp(), board.series().size(), stream.watchers());
    }

    record Status(boolean caughtUp, int series, int watchers) {
    }

    /** Every series by the time of its first event, then id; each with its forums in plan order. */
    @GetMapping("/series")
    List<SeriesView> series() {
        return board.series();
    }

    @GetMapping("/series/{seriesId}")
    SeriesView series(@PathVariable String seriesId) {
        return board.series(seriesId).orElseThrow(() -> unknownSeries(seriesId));
    }

    @GetMapping("/series/{seriesId}/audit")
    SeriesAuditView audit(@PathVariable String seriesId, Caller caller) {
        return Disclosure.to(caller).shown(history.audit(seriesId).orElseThrow(() -> unknownSeries(seriesId)));
    }

    /**
     * Each handoff of the series by number, with every region's notification: its delivery by e-mail and webhook,
     * acknowledgement, reminders, and whether it is overdue and was escalated.
     */
    @GetMapping("/series/{seriesId}/deliveries")
    List<HandoffDeliveryView> deliveries(@PathVariable String seriesId) {
        return board.deliveries(seriesId).orElseThrow(() -> unknownSeries(seriesId));
    }

    /** The forum; its newest {@value #TIMELINE} events, oldest first, for those who may read events, as they may see them. */
    @GetMapping("/forums/{forumId}")
    ForumView forum(@PathVariable String forumId, @Nullable Caller caller) {
        ForumView forum = board.forum(forumId).orElseThrow(() -> new NoSuchElementException("Unknown forum " + forumId));
        return Disclosure.to(caller).shown(forum.withTimeline(history.timeline(forumId, TIMELINE)));
    }

    /** Every record set aside on a dead-letter topic, with its reason: by time, then topic, partition, offset. */
    @GetMapping("/dead-letters")
    List<EventEntry> deadLetters(Caller caller) {
        return Disclosure.to(caller).shown(board.deadLetters());
    }

    /** How many records each relay topic's dead-letter topic holds, by topic name; 0 when none. */
    @GetMapping("/dead-letters/counts")
    Map<String, Integer> deadLetterCounts() {
        return board.deadLetterCounts();
    }

    /** The newest events, oldest first (by time, then topic, partition, offset). */
    @GetMapping("/events")
    List<EventEntry> newest(Caller caller) {
        return Disclosure.to(caller).shown(stream.newest());
    }

    /**
     * The live stream: Server-Sent Events named {@code relay-event}, each an event entry as JSON, as the caller
     * who opened it may see it; only those that pass the filters given ({@code series, forum, region, type, service,
     * actor, q}: as the history's).
     */
    @GetMapping(path = "/stream", produces = MediaType.TEXT_EVENT_STREAM_VALUE)
    SseEmitter stream(Caller caller, @RequestParam MultiValueMap<String, String> parameters) {
        return stream.watch(Disclosure.to(caller)::shown, new RowFilter(EventQuery.filter(parameters)));
    }

    private static NoSuchElementException unknownSeries(String seriesId) {
        return new NoSuchElementException("Unknown series " + seriesId);
    }
}
