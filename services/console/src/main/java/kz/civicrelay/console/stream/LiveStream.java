package kz.civicrelay.console.stream;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.function.UnaryOperator;

import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.SmartLifecycle;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter.SseEventBuilder;

import kz.civicrelay.console.board.EventEntry;
import kz.civicrelay.console.history.EventIndex;
import kz.civicrelay.console.history.RowFilter;

/**
 * The live event stream as Server-Sent Events: each watcher gets the newest events first (the newest
 * by {@link EventEntry#CHRONOLOGICAL}, oldest first, whatever order the log was read in), then every
 * event as it is committed, as {@code event: relay-event} with the entry as UTF-8 JSON, each entry as that
 * watcher may see it (its personal data withheld or not: the watcher's own view, fixed when it connects). A heartbeat
 * comment goes to every watcher when the relay is quiet, so a watcher that went away is noticed and
 * dropped, and proxies keep the connection open. On shutdown it ends every stream first, so the web
 * server's graceful shutdown does not wait for open pages.
 */
@Component
public class LiveStream implements SmartLifecycle {

    static final String EVENT_NAME = "relay-event";
    static final String HEARTBEAT = "heartbeat";
    private static final MediaType JSON_UTF8 = new MediaType("application", "json", StandardCharsets.UTF_8);

    private final List<Watcher> watchers = new CopyOnWriteArrayList<>();
    /** The newest {@code backlog} events with their rows in the index, kept in {@link EventEntry#CHRONOLOGICAL} order. */
    private final List<Published> newest = new ArrayList<>();
    private final EventIndex index;
    private final int backlog;
    private final Duration heartbeat;
    private volatile @Nullable ScheduledExecutorService heartbeats;

    /** A stream of events filed nowhere: watchers who filter get none of them. */
    public LiveStream(int backlog, Duration heartbeat) {
        this(backlog, heartbeat, new EventIndex());
    }

    /** A stream of events filed in {@code index}, by which watchers' filters pick theirs. */
    @Autowired
    public LiveStream(@Value("${relay.console.backlog:100}") int backlog,
            @Value("${relay.console.heartbeat:15s}") Duration heartbeat, EventIndex index) {
        this.index = index;
        if (heartbeat.isNegative() || heartbeat.isZero()) {
            throw new IllegalArgumentException("relay.console.heartbeat must be positive, was " + heartbeat);
        }
        this.backlog = backlog;
        this.heartbeat = heartbeat;
    }

    /** A new watcher who sees every entry as it is: the newest events at once, then every new one. */
    public SseEmitter watch() {
        return watch(UnaryOperator.identity(), RowFilter.none());
    }

    /**
     * A new watcher who sees the events that pass {@code filter}, each as {@code shown} makes it: the newest of them
     * at once, then every new one. A text filter is matched on the entry as the watcher sees it.
     */
    public SseEmitter watch(UnaryOperator<EventEntry> shown, RowFilter filter) {
        SseEmitter emitter = new SseEmitter(0L);
        Watcher watcher = new Watcher(emitter, shown, filter);
        synchronized (this) {
            // Sends the headers now: a watcher knows it is connected before the first event.
            if (!send(emitter, SseEmitter.event().comment("relay console: live event stream"))) {
                return emitter;
            }
            for (Published published : newest) {
                EventEntry entry = watcher.sees(published, index);
                if (entry != null && !send(emitter, event(entry))) {
                    return emitter;
                }
            }
            watchers.add(watcher);
        }
        emitter.onCompletion(() -> watchers.remove(watcher));
        emitter.onTimeout(() -> watchers.remove(watcher));
        emitter.onError(e -> watchers.remove(watcher));
        return emitter;
    }

    /** Sends an event filed nowhere (only watchers who do not filter get it). */
    public void publish(EventEntry entry) {
        publish(-1, entry);
    }

    /** Sends the event filed at {@code row} of the index to every watcher whose filter it passes. */
    public synchronized void publish(int row, EventEntry entry) {
        Published published = new Published(row, entry);
        // Mostly in order: appended at the end; else inserted where it belongs (no sort of the whole backlog per event)
        int at = newest.isEmpty() || Published.CHRONOLOGICAL.compare(newest.get(newest.size() - 1), published) <= 0
                ? newest.size() : java.util.Collections.binarySearch(newest, published, Published.CHRONOLOGICAL);
        newest.add(at < 0 ? -at - 1 : at, published);
        while (newest.size() > backlog) {
            newest.remove(0);
        }
        for (Watcher watcher : watchers) {
            EventEntry shown = watcher.sees(published, index);
            if (shown != null && !send(watcher.emitter(), event(shown))) {
                watchers.remove(watcher);
            }
        }
    }

    /** How many watchers are connected now. */
    public int watchers() {
        return watchers.size();
    }

    @Override
    public synchronized void start() {
        ScheduledExecutorService beats = Executors.newSingleThreadScheduledExecutor(task -> {
            Thread thread = new Thread(task, "console-stream-heartbeat");
            thread.setDaemon(true);
            return thread;
        });
        long every = heartbeat.toMillis();
        beats.scheduleWithFixedDelay(() -> sendToAll(shown -> SseEmitter.event().comment(HEARTBEAT)), every, every,
                TimeUnit.MILLISECONDS);
        heartbeats = beats;
    }

    @Override
    public synchronized void stop() {
        ScheduledExecutorService beats = heartbeats;
        if (beats != null) {
            beats.shutdownNow();
            heartbeats = null;
        }
        watchers.forEach(w -> w.emitter().complete());
        watchers.clear();
    }

    @Override
    public boolean isRunning() {
        return heartbeats != null;
    }

    /**
     * The newest events, oldest first: by time, then topic, partition and offset. A restart reads the log
     * topic after topic, so which events are newest is decided by their time, not by the order read.
     */
    public synchronized List<EventEntry> newest() {
        return newest.stream().map(Published::entry).toList();
    }

    /** A builder can be sent once only, so each watcher gets one of its own. */
    private synchronized void sendToAll(Function<UnaryOperator<EventEntry>, SseEventBuilder> event) {
        for (Watcher watcher : watchers) {
            if (!send(watcher.emitter(), event.apply(watcher.shown()))) {
                watchers.remove(watcher);
            }
        }
    }

    /** An event sent, with its row in the index (-1: filed nowhere). */
    private record Published(int row, EventEntry entry) {
        static final java.util.Comparator<Published> CHRONOLOGICAL = java.util.Comparator.comparing(Published::entry,
                EventEntry.CHRONOLOGICAL);
    }

    /** One open stream, how it sees entries and which it wants. */
    private record Watcher(SseEmitter emitter, UnaryOperator<EventEntry> shown, RowFilter filter) {

        /** The entry as this watcher sees it, or null when its filter leaves it out. */
        @Nullable EventEntry sees(Published published, EventIndex index) {
            boolean filters = filter.filters();
            if (filters && (published.row() < 0 || !filter.matches(index, published.row()))) {
                return null;
            }
            EventEntry entry = shown.apply(published.entry());
            return filter.matchesText(entry) ? entry : null;
        }
    }

    private static SseEventBuilder event(EventEntry entry) {
        return SseEmitter.event().name(EVENT_NAME).id(entry.eventId()).data(entry, JSON_UTF8);
    }

    /** Sends, or ends the stream of a watcher that went away; false then. */
    private static boolean send(SseEmitter emitter, SseEventBuilder event) {
        try {
            emitter.send(event);
            return true;
        } catch (IOException | IllegalStateException gone) {
            emitter.completeWithError(gone);
            return false;
        }
    }
}
