package kz.civicrelay.delivery.messaging;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.Set;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.locks.ReentrantLock;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import kz.civicrelay.delivery.application.Attempted;
import kz.civicrelay.delivery.application.Attempts;
import kz.civicrelay.delivery.domain.Due;
import kz.civicrelay.delivery.send.Channel;
import kz.civicrelay.delivery.send.Outcome;
import kz.civicrelay.delivery.domain.DeliveryChannel;
import kz.civicrelay.platform.core.StandbyException;
import io.micrometer.observation.Observation;
import kz.civicrelay.platform.publish.Origin;

/**
 * Makes the attempts that are due, on the active instance only: every {@code relay.delivery.poll}, and at once
 * when a message is learned. The work is read from the folded log and the clock, each attempt sent outside
 * the state's lock on at most {@code relay.delivery.parallel-sends} threads, then the outcomes recorded through
 * the core together (group commit: one transaction for all that came in while the last one committed). An attempt in flight is not sent again meanwhile; one sent but not recorded (a crash) is sent again,
 * with the same id, by whichever instance decides next. Messages for a channel with no {@link Channel} bean stay
 * pending.
 */
@Component
class Dispatcher implements DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(Dispatcher.class);

    private final Attempts delivery;
    private final Map<DeliveryChannel, Channel> channels;
    private final Clock clock;
    private final ThreadPoolExecutor senders;
    private final ExecutorService bell = Executors.newSingleThreadExecutor(r -> new Thread(r, "delivery-wakeup"));
    private final AtomicBoolean rung = new AtomicBoolean();
    private final AtomicBoolean backlog = new AtomicBoolean();
    private final Set<String> inFlight = ConcurrentHashMap.newKeySet();
    private final Queue<Sent> sent = new ConcurrentLinkedQueue<>();
    private final ReentrantLock recording = new ReentrantLock();
    private final MessageTraces traces;
    private final int parallelSends;
    private final PersonalMailPace personalPace;

    @Autowired
    Dispatcher(Attempts delivery, ObjectProvider<Channel> channels, Clock clock, Wakeup wakeup,
            @Value("${relay.delivery.parallel-sends:8}") int parallelSends,
            @Value("${relay.delivery.person-mails-per-second:50}") int personMailsPerSecond) {
        this(delivery, channels.orderedStream().toList(), clock, wakeup, parallelSends, personMailsPerSecond);
    }

    /** A dispatcher that does not pace the mails to people. */
    Dispatcher(Attempts delivery, List<Channel> channels, Clock clock, Wakeup wakeup, int parallelSends) {
        this(delivery, channels, clock, wakeup, parallelSends, 0);
    }

    Dispatcher(Attempts delivery, List<Channel> channels, Clock clock, Wakeup wakeup, int parallelSends,
            int personMailsPerSecond) {
        this.delivery = delivery;
        this.parallelSends = parallelSends;
        this.personalPace = new PersonalMailPace(personMailsPerSecond, clock.instant());
        this.channels = channels.stream().collect(Collectors.toMap(Channel::kind, Function.identity()));
        this.clock = clock;
        this.traces = wakeup.traces();
        this.senders = new ThreadPoolExecutor(parallelSends, parallelSends, 60, TimeUnit.SECONDS,
                new ArrayBlockingQueue<>(parallelSends * 4), r -> new Thread(r, "delivery-send"));
        wakeup.answeredBy(this::wake);
    }

    @Scheduled(fixedDelayString = "${relay.delivery.poll:1s}", initialDelayString = "${relay.delivery.poll:1s}")
    void poll() {
        dispatchDue();
    }

    /** Looks for due work soon, on the bell's thread; rings while one look is pending are one look. */
    void wake() {
        if (rung.compareAndSet(false, true)) {
            bell.execute(() -> {
                rung.set(false);
                dispatchDue();
            });
        }
    }

    private static final java.util.function.Predicate<Due> PERSON = due -> due.message().owner()
            .startsWith("participant:");

    /**
     * Hands every due attempt not in flight to a sender, the mails to people at their pace ({@link PersonalMailPace});
     * what does not fit waits for the next look.
     */
    synchronized void dispatchDue() {
        if (!delivery.isActive()) {
            return;
        }
        try {
            // As many as the senders can take, and those in flight (still due until recorded): no more is looked at.
            int room = senders.getQueue().remainingCapacity() + parallelSends + inFlight.size();
            for (Due due : delivery.due(clock.instant(), room)) {
                Channel channel = channels.get(due.subscription().channel());
                String key = due.message().messageId() + "\n" + due.subscription().subscriptionId();
                if (channel == null || inFlight.contains(key)) {
                    continue;
                }
                if (PERSON.test(due) && !personalPace.mayGo(clock.instant())) {
                    return; // people's notices come last: the rest wait for the next look
                }
                if (!inFlight.add(key)) {
                    continue;
                }
                // Its previous attempt may have been recorded between the look and now: look again.
                if (!delivery.isDue(due, clock.instant())) {
                    inFlight.remove(key);
                    continue;
                }
                try {
                    senders.execute(() -> attempt(due, channel, key));
                } catch (RejectedExecutionException e) {
                    inFlight.remove(key);
                    backlog.set(true);
                    return;
                }
            }
        } catch (RuntimeException e) {
            log.warn("Looking for due deliveries failed; trying again at the next look: {}", e.toString());
        }
    }

    private void attempt(Due due, Channel channel, String key) {
        sent.add(new Sent(new Attempted(due, send(due, channel), clock.instant()), key));
        recordSent();
    }

    /**
     * One attempt, observed as {@code relay.notification.send} (a span in the trace the notification came in, and a
     * timer) tagged with its channel and outcome: no address, no subscription, no message.
     */
    private Outcome send(Due due, Channel channel) {
        Observation sending = Observation.createNotStarted("relay.notification.send", traces.registry())
                .parentObservation(traces.of(due.message().messageId()))
                .lowCardinalityKeyValue("channel", channel.kind().name().toLowerCase(java.util.Locale.ROOT))
                .contextualName("notification send").start();
        Outcome outcome;
        try (Observation.Scope scope = sending.openScope()) {
            outcome = channel.send(due.message(), due.subscription(), due.attempt());
        } catch (RuntimeException e) {
            sending.error(e);
            outcome = new Outcome.Failed("the " + channel.kind() + " channel failed: " + e.getClass().getSimpleName(),
                    false);
        }
        sending.lowCardinalityKeyValue("outcome", outcome instanceof Outcome.Accepted ? "delivered" : "failed");
        sending.stop();
        return outcome;
    }

    /**
     * Group commit: whichever sender finds no recording under way records every outcome sent so far in one go (one
     * transaction a series); the others leave theirs to it, and it looks again before it lets go. The outcomes wait
     * here only between their send and their commit, the window a crash makes a resend of anyway; each stays in
     * flight until recorded, so it is not sent twice meanwhile.
     */
    private void recordSent() {
        while (!sent.isEmpty() && recording.tryLock()) {
            try {
                List<Sent> batch = new ArrayList<>();
                for (Sent next = sent.poll(); next != null; next = sent.poll()) {
                    batch.add(next);
                }
                record(batch);
            } finally {
                recording.unlock();
            }
        }
    }

    private void record(List<Sent> batch) {
        if (batch.isEmpty()) {
            return;
        }
        try {
            delivery.record(batch.stream().map(Sent::attempted).toList(), Origin.service());
        } catch (StandbyException e) {
            log.debug("Not recorded, another instance decides now: {}", e.getMessage());
        } catch (RuntimeException e) {
            log.warn("Recording {} attempt(s) failed; they are sent again: {}", batch.size(), e.toString());
        } finally {
            batch.forEach(s -> inFlight.remove(s.key()));
        }
        if (backlog.compareAndSet(true, false)) {
            wake(); // what did not fit the senders' queue at the last look need not wait for the next poll
        }
    }

    /** An attempt sent and not yet recorded, with its in-flight key. */
    private record Sent(Attempted attempted, String key) {
    }

    @Override
    public void destroy() {
        bell.shutdownNow();
        senders.shutdownNow();
    }
}
