package kz.civicrelay.platform.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.common.KafkaException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.kafka.core.KafkaOperations;

import kz.civicrelay.events.Actor;
import kz.civicrelay.events.ActorKind;
import kz.civicrelay.events.Envelope;
import kz.civicrelay.events.ForumConvened;
import kz.civicrelay.platform.envelope.EnvelopeFactory;
import kz.civicrelay.platform.publish.OutgoingEvent;
import kz.civicrelay.platform.publish.Origin;
import kz.civicrelay.platform.publish.RelayPublisher;
import kz.civicrelay.platform.topics.RelayTopic;

/**
 * Group commit on a Kafka template that stands in for the broker (registration's IT and the property test of
 * its fold run it for real): decisions arriving while a transaction runs are decided in order, each seeing
 * the ones before it, and appended in one transaction; a refused decision fails alone; a failed transaction
 * fails its whole group and leaves nothing held.
 */
class GroupCommitTest {

    private static final int SEATS = 3;

    /** Seats taken by committed events, and seats held by decided ones not committed yet. */
    static final class Hall {
        final List<String> taken = new ArrayList<>();
        final List<String> held = new ArrayList<>();
    }

    private final List<List<String>> transactions = new ArrayList<>();
    private final List<String> sending = new ArrayList<>();
    private final CountDownLatch firstTransaction = new CountDownLatch(1);
    private final CountDownLatch transactionStarted = new CountDownLatch(1);
    private final ExecutorService callers = Executors.newFixedThreadPool(8);
    private volatile boolean failing;
    @SuppressWarnings("unchecked")
    private final KafkaOperations<Object, Object> template = mock(KafkaOperations.class);
    private final Leadership leadership = new Leadership("registration-a", 10_000_000_000L);
    private final EnvelopeFactory envelopes = new EnvelopeFactory("registration", Clock.systemUTC());

    private final ServiceCore<Hall, String> core = new ServiceCore<>(new ServiceDefinition<>(new Hall(),
            new Fold<Hall, String>() {
                @Override
                public void apply(Hall hall, String person, Envelope envelope) {
                    hall.held.remove(person);
                    hall.taken.add(person);
                }

                @Override
                public String seriesIdOf(Hall hall, List<String> decided) {
                    return "civic-2027";
                }

                @Override
                public void hold(Hall hall, String person) {
                    hall.held.add(person);
                }

                @Override
                public void release(Hall hall, String person) {
                    hall.held.remove(person);
                }
            }, new Upstream<>() {
                @Override
                public List<RelayTopic> topics() {
                    return List.of();
                }

                @Override
                public Optional<Fact<Hall, String>> factOf(SpecificRecord record) {
                    return Optional.empty();
                }
            }, new EventCodec<>() {
                @Override
                public List<RelayTopic> topics() {
                    return List.of(RelayTopic.REGISTRATION);
                }

                @Override
                public String forumIdOf(String person) {
                    return "forum-1";
                }

                @Override
                public OutgoingEvent encode(String person, Envelope envelope) {
                    sending.add(person);
                    return OutgoingEvent.to(RelayTopic.REGISTRATION, ForumConvened.newBuilder().setEnvelope(envelope)
                            .setPosition(1).setRegionCode("KZ-33").build());
                }

                @Override
                public Optional<String> decode(SpecificRecord record) {
                    return Optional.empty();
                }
            }), new RelayPublisher(template), envelopes, leadership);

    @BeforeEach
    @SuppressWarnings("unchecked")
    void active() {
        leadership.become(Leadership.Role.ACTIVE);
        leadership.confirmed(System.nanoTime());
        when(template.send(anyString(), any(), any())).thenReturn(null);
        when(template.executeInTransaction(any())).thenAnswer(call -> {
            if (transactions.isEmpty()) {
                transactionStarted.countDown();
                firstTransaction.await(10, TimeUnit.SECONDS);
            }
            ((KafkaOperations.OperationsCallback<Object, Object, Object>) call.getArgument(0)).doInOperations(template);
            transactions.add(List.copyOf(sending));
            sending.clear();
            if (failing) {
                throw new KafkaException("broker unavailable");
            }
            return null;
        });
    }

    @AfterEach
    void stop() {
        callers.shutdownNow();
    }

    @Test
    void decidesWhatArrivesDuringATransactionInOrderAndAppendsItInOneTransaction() {
        CompletableFuture<List<String>> first = take("Айгерім");
        await().atMost(Duration.ofSeconds(5)).until(() -> transactionStarted.getCount() == 0);
        List<CompletableFuture<List<String>>> rush = List.of(take("Нұрлан"), take("Әсел"), take("Ғалым"),
                take("Ұлжан"), take("Іңкәр"));
        await().atMost(Duration.ofSeconds(5)).until(() -> callersWaiting() == rush.size() + 1);

        firstTransaction.countDown();

        assertThat(first.join()).containsExactly("Айгерім");
        long refused = rush.stream().filter(f -> {
            try {
                f.join();
                return false;
            } catch (CompletionException e) {
                assertThat(e.getCause()).hasMessageContaining("full");
                return true;
            }
        }).count();
        assertThat(transactions).as("one transaction for the first, one for everything that arrived during it")
                .hasSize(2);
        assertThat(transactions.get(1)).as("each decision saw the seats held before it").hasSize(SEATS - 1);
        assertThat(refused).isEqualTo(rush.size() - (SEATS - 1));
        assertThat(taken()).hasSize(SEATS)
                .containsExactlyElementsOf(transactions.stream().flatMap(List::stream).toList());
        assertThat(held()).isEmpty();
    }

    @Test
    void failsTheWholeGroupAndReleasesItsHoldsWhenItsTransactionFails() {
        firstTransaction.countDown();
        failing = true;

        CompletableFuture<List<String>> failed = take("Айгерім");

        assertThat(failed).failsWithin(Duration.ofSeconds(5)).withThrowableOfType(Exception.class)
                .withMessageContaining("broker unavailable");
        assertThat(held()).as("released").isEmpty();
        assertThat(taken()).isEmpty();
        failing = false;
        assertThat(take("Айгерім").join()).as("decided again from an untouched state").containsExactly("Айгерім");
        assertThat(taken()).containsExactly("Айгерім");
    }

    @Test
    void aStandbyFailsEveryDecisionOfTheGroup() {
        firstTransaction.countDown();
        leadership.become(Leadership.Role.STANDBY);

        assertThat(take("Айгерім")).failsWithin(Duration.ofSeconds(5)).withThrowableOfType(Exception.class)
                .withCauseInstanceOf(StandbyException.class);
        assertThat(transactions).isEmpty();
    }

    private List<String> taken() {
        return core.read(hall -> List.copyOf(hall.taken));
    }

    private List<String> held() {
        return core.read(hall -> List.copyOf(hall.held));
    }

    private CompletableFuture<List<String>> take(String person) {
        return CompletableFuture.supplyAsync(() -> core.decideTogether(hall -> {
            if (hall.taken.size() + hall.held.size() >= SEATS) {
                throw new IllegalStateException("full");
            }
            return List.of(person);
        }, Origin.command(new Actor(ActorKind.OPERATOR, "operator-dana", "Дана", null))), callers);
    }

    private long callersWaiting() {
        return Thread.getAllStackTraces().keySet().stream()
                .filter(t -> t.getName().startsWith("pool-") && (t.getState() == Thread.State.WAITING
                        || t.getState() == Thread.State.TIMED_WAITING))
                .count();
    }
}
