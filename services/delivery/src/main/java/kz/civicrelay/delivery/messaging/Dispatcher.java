package kz.civicrelay.delivery.messaging;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Set;
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

import kz.civicrelay.delivery.application.Attempts;
import kz.civicrelay.delivery.domain.Due;
import kz.civicrelay.delivery.send.Channel;
import kz.civicrelay.delivery.send.Outcome;
import kz.civicrelay.delivery.domain.DeliveryChannel;
import kz.civicrelay.platform.core.StandbyException;
import kz.civicrelay.platform.publish.Origin;

/**
 * Makes the attempts that are due, on the active instance only: every {@code relay.delivery.poll}, and at once
 * when a message is learned. The work is read from the folded log and the clock, each attempt sent outside
 * the state's lock on at most {@code relay.delivery.parallel-sends} threads, then its outcome recorded through
 * the core. An attempt in flight is not sent again meanwhile; one sent but not recorded (a crash) is sent again,
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
    private final Set<String> inFlight = ConcurrentHashMap.newKeySet();

    @Autowired
    Dispatcher(Attempts delivery, ObjectProvider<Channel> channels, Clock clock, Wakeup wakeup,
            @Value("${relay.delivery.parallel-sends:8}") int parallelSends) {
        this(delivery, channels.orderedStream().toList(), clock, wakeup, parallelSends);
    }

    Dispatcher(Attempts delivery, List<Channel> channels, Clock clock, Wakeup wakeup, int parallelSends) {
        this.delivery = delivery;
        this.channels = channels.stream().collect(Collectors.toMap(Channel::kind, Function.identity()));
        this.clock = clock;
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

    /** Hands every due attempt not in flight to a sender; what does not fit waits for the next look. */
    synchronized void dispatchDue() {
        if (!delivery.isActive()) {
            return;
        }
        try {
            for (Due due : delivery.due(clock.instant())) {
                Channel channel = channels.get(due.subscription().channel());
                String key = due.message().messageId() + "\n" + due.subscription().subscriptionId();
                if (channel == null || !inFlight.add(key)) {
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
                    return;
                }
            }
        } catch (RuntimeException e) {
            log.warn("Looking for due deliveries failed; trying again at the next look: {}", e.toString());
        }
    }

    private void attempt(Due due, Channel channel, String key) {
        try {
            Outcome outcome;
            try {
                outcome = channel.send(due.message(), due.subscription(), due.attempt());
            } catch (RuntimeException e) {
                outcome = new Outcome.Failed("the " + channel.kind() + " channel failed: " + e.getClass().getSimpleName(),
                        false);
            }
            delivery.record(due, outcome, clock.instant(), Origin.service());
        } catch (StandbyException e) {
            log.debug("Not recorded, another instance decides now: {}", e.getMessage());
        } catch (RuntimeException e) {
            log.warn("Recording attempt {} of {} failed; it is sent again: {}", due.attempt(),
                    due.message().messageId(), e.toString());
        } finally {
            inFlight.remove(key);
        }
    }

    @Override
    public void destroy() {
        bell.shutdownNow();
        senders.shutdownNow();
    }
}
