package kz.civicrelay.console.stream;

import java.io.IOException;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.SmartLifecycle;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

import kz.civicrelay.console.board.EventEntry;

/**
 * The live event stream as Server-Sent Events: each watcher gets the newest events first, then every
 * event as it is committed, as {@code event: relay-event} with the entry as UTF-8 JSON. On shutdown
 * it ends every stream first, so the web server's graceful shutdown does not wait for open pages.
 */
@Component
public class LiveStream implements SmartLifecycle {

    static final String EVENT_NAME = "relay-event";
    private static final MediaType JSON_UTF8 = new MediaType("application", "json", java.nio.charset.StandardCharsets.UTF_8);

    private final List<SseEmitter> watchers = new CopyOnWriteArrayList<>();
    private final Deque<EventEntry> newest = new ArrayDeque<>();
    private final int backlog;
    private volatile boolean running;

    public LiveStream(@Value("${relay.console.backlog:100}") int backlog) {
        this.backlog = backlog;
    }

    /** A new watcher: the newest events at once, then every new one. */
    public SseEmitter watch() {
        SseEmitter emitter = new SseEmitter(0L);
        synchronized (this) {
            try {
                // Sends the headers now: a watcher knows it is connected before the first event.
                emitter.send(SseEmitter.event().comment("relay console: live event stream"));
            } catch (IOException gone) {
                emitter.completeWithError(gone);
                return emitter;
            }
            for (EventEntry entry : newest) {
                if (!send(emitter, entry)) {
                    return emitter;
                }
            }
            watchers.add(emitter);
        }
        emitter.onCompletion(() -> watchers.remove(emitter));
        emitter.onTimeout(() -> watchers.remove(emitter));
        emitter.onError(e -> watchers.remove(emitter));
        return emitter;
    }

    public synchronized void publish(EventEntry entry) {
        newest.addLast(entry);
        while (newest.size() > backlog) {
            newest.removeFirst();
        }
        for (SseEmitter watcher : watchers) {
            if (!send(watcher, entry)) {
                watchers.remove(watcher);
            }
        }
    }

    @Override
    public void start() {
        running = true;
    }

    @Override
    public synchronized void stop() {
        running = false;
        watchers.forEach(SseEmitter::complete);
        watchers.clear();
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    /** The newest events, oldest first. */
    public synchronized List<EventEntry> newest() {
        return List.copyOf(newest);
    }

    private static boolean send(SseEmitter emitter, EventEntry entry) {
        try {
            emitter.send(SseEmitter.event().name(EVENT_NAME).id(entry.eventId()).data(entry, JSON_UTF8));
            return true;
        } catch (IOException | IllegalStateException gone) {
            emitter.completeWithError(gone);
            return false;
        }
    }
}
