package kz.civicrelay.console.web;

import java.util.NoSuchElementException;

import org.jspecify.annotations.Nullable;
import org.springframework.http.MediaType;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import kz.civicrelay.console.access.Disclosure;
import kz.civicrelay.console.history.EventDetail;
import kz.civicrelay.console.history.History;
import kz.civicrelay.console.history.RowFilter;
import kz.civicrelay.platform.security.Caller;

/**
 * The log's history for operators and auditors: pages of events, newest first, filtered as the live stream is, and
 * one event's detail with its causation chain. Every entry passes the caller's {@link Disclosure}.
 */
@RestController
@RequestMapping(path = "/api", produces = MediaType.APPLICATION_JSON_VALUE)
class HistoryController {

    static final int MAX_PAGE = 500;

    private final History history;

    HistoryController(History history) {
        this.history = history;
    }

    /**
     * Up to {@code limit} (1–500, 50 by default) events, newest first, older than {@code before} (the cursor the
     * previous page gave), filtered by {@code series, forum, region, type, service, actor, q}.
     */
    @GetMapping("/history")
    History.Page page(@RequestParam MultiValueMap<String, String> parameters, @Nullable Caller caller,
            @RequestParam(required = false) @Nullable String before, @RequestParam(defaultValue = "50") int limit) {
        if (limit < 1 || limit > MAX_PAGE) {
            throw new IllegalArgumentException("limit must be 1 to " + MAX_PAGE + ", was " + limit);
        }
        return history.page(new RowFilter(EventQuery.filter(parameters)), before, limit, Disclosure.to(caller)::shown);
    }

    /**
     * One event by id (a dead letter's: {@code topic-partition@offset}): its entry, raw fields, what caused it and
     * what it caused.
     */
    @GetMapping("/events/{eventId}")
    EventDetail detail(@PathVariable String eventId, @Nullable Caller caller) {
        return Disclosure.to(caller).shown(history.detail(eventId)
                .orElseThrow(() -> new NoSuchElementException("Unknown event " + eventId)));
    }
}
