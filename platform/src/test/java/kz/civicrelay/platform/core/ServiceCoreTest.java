package kz.civicrelay.platform.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.common.KafkaException;
import org.apache.kafka.common.errors.ProducerFencedException;
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
 * The core's decisions on a Kafka template that stands in for the broker (the services' ITs run the same
 * on a real one): folded only once committed, nothing on a failure, one correlation per command, a
 * reaction chained to its cause and learned before it decides, no decision on a standby or once fenced.
 */
class ServiceCoreTest {

    private static final long SECOND = 1_000_000_000L;

    private final List<Envelope> sent = new ArrayList<>();
    private final List<List<String>> foldedAtCommit = new ArrayList<>();
    private final EnvelopeFactory envelopes = new EnvelopeFactory("scheduling", Clock.systemUTC());
    @SuppressWarnings("unchecked")
    private final KafkaOperations<Object, Object> template = mock(KafkaOperations.class);
    private final Leadership leadership = new Leadership("scheduling-a", 10 * SECOND);

    /** The state: the forums folded, in order; an event "bad" cannot be folded. */
    private final ServiceCore<List<String>, String> core = new ServiceCore<>(new ServiceDefinition<>(
            new ArrayList<>(),
            Fold.of((forums, event, envelope) -> forums.add(event), (forums, decided) -> "civic-2027"),
            new Upstream<>() {
                @Override
                public List<RelayTopic> topics() {
                    return List.of(RelayTopic.HANDOFF);
                }

                @Override
                public Optional<Fact<List<String>, String>> factOf(SpecificRecord record) {
                    String forum = ((ForumConvened) record).getEnvelope().getForumId();
                    return Optional.of(new Fact<>(forums -> forums.add("learned " + forum),
                            forums -> List.of("reacted after " + forums.get(forums.size() - 1))));
                }
            },
            new EventCodec<>() {
                @Override
                public List<RelayTopic> topics() {
                    return List.of(RelayTopic.SCHEDULING);
                }

                @Override
                public String forumIdOf(String event) {
                    return event;
                }

                @Override
                public OutgoingEvent encode(String event, Envelope envelope) {
                    sent.add(envelope);
                    return OutgoingEvent.to(RelayTopic.SCHEDULING, convened(envelope));
                }

                @Override
                public Optional<String> decode(SpecificRecord record) {
                    String forum = ((ForumConvened) record).getEnvelope().getForumId();
                    return "bad".equals(forum) ? Optional.empty() : Optional.of(forum);
                }
            }), new RelayPublisher(template), envelopes, leadership);

    @BeforeEach
    @SuppressWarnings("unchecked")
    void active() {
        leadership.become(Leadership.Role.ACTIVE);
        leadership.confirmed(System.nanoTime());
        when(template.executeInTransaction(any())).thenAnswer(call -> {
            foldedAtCommit.add(folded());
            return ((KafkaOperations.OperationsCallback<Object, Object, Object>) call.getArgument(0))
                    .doInOperations(template);
        });
    }

    @Test
    void foldsTheEventsOfADecisionOnlyOnceTheirTransactionCommitted() {
        List<String> decided = core.decide(forums -> List.of("forum-a", "forum-b"), Origin.command(operator()));

        assertThat(decided).containsExactly("forum-a", "forum-b");
        assertThat(foldedAtCommit).as("nothing folded while the transaction ran").containsExactly(List.of());
        assertThat(folded()).containsExactly("forum-a", "forum-b");
    }

    @Test
    void changesNothingWhenTheTransactionFails() {
        doThrow(new KafkaException("broker unavailable")).when(template).executeInTransaction(any());

        assertThatThrownBy(() -> core.decide(forums -> List.of("forum-a"), Origin.command(operator())))
                .isInstanceOf(KafkaException.class);
        assertThat(folded()).isEmpty();
        assertThat(core.isActive()).as("a failed append is no reason to step down").isTrue();
    }

    @Test
    void givesTheEventsOfOneCommandOneCorrelationAndChainsAReactionToItsCause() {
        core.decide(forums -> List.of("forum-a", "forum-b"), Origin.command(operator()));
        Envelope cause = sent.get(0);
        core.decide(forums -> List.of("forum-c"), Origin.reaction(cause));

        assertThat(sent.get(0).getCorrelationId()).isEqualTo(sent.get(1).getCorrelationId());
        assertThat(sent.get(0).getActor().getId()).isEqualTo("operator-dana");
        assertThat(sent.get(0).getSeriesId()).isEqualTo("civic-2027");
        assertThat(sent.get(2).getCausationId()).isEqualTo(cause.getEventId().toString());
        assertThat(sent.get(2).getCorrelationId()).isEqualTo(cause.getCorrelationId());
        assertThat(sent.get(2).getActor().getKind()).isEqualTo(ActorKind.SERVICE);
    }

    @Test
    void aReactionLearnsItsFactOnceThenDecidesFromIt() {
        ForumConvened upstream = convened(envelopes.forCommand("civic-2027", "forum-x", operator()));

        core.react(upstream);
        core.react(upstream);

        assertThat(folded()).containsExactly("learned forum-x", "reacted after learned forum-x",
                "reacted after reacted after learned forum-x");
        assertThat(sent.get(0).getCausationId()).isEqualTo(upstream.getEnvelope().getEventId().toString());
    }

    @Test
    void aStandbyDecidesNothingAndNamesTheActiveInstance() {
        leadership.become(Leadership.Role.STANDBY);
        leadership.activeIs("scheduling-b http://localhost:8181");

        assertThatThrownBy(() -> core.decide(forums -> List.of("forum-a"), Origin.command(operator())))
                .isInstanceOfSatisfying(StandbyException.class, e -> {
                    assertThat(e.activeInstance()).isEqualTo("scheduling-b http://localhost:8181");
                    assertThat(e.getMessage()).contains("standby").contains("scheduling-b");
                });
        verify(template, never()).executeInTransaction(any());
        assertThat(folded()).isEmpty();
    }

    @Test
    void anActiveInstanceWhoseLeaseWentUnconfirmedDecidesNothing() {
        leadership.confirmed(System.nanoTime() - 11 * SECOND);

        assertThatThrownBy(() -> core.decide(forums -> List.of("forum-a"), Origin.command(operator())))
                .isInstanceOf(StandbyException.class).hasMessageContaining("not confirmed");
        assertThat(folded()).isEmpty();
    }

    @Test
    void aFencedInstanceStepsDownAtOnce() {
        doThrow(new KafkaException("fenced", new ProducerFencedException("a newer producer has the same transactionalId")))
                .when(template).executeInTransaction(any());

        assertThatThrownBy(() -> core.decide(forums -> List.of("forum-a"), Origin.command(operator())))
                .isInstanceOf(StandbyException.class).hasMessageContaining("fenced");
        assertThat(leadership.role()).isEqualTo(Leadership.Role.STANDBY);
        assertThat(core.isActive()).isFalse();
    }

    @Test
    void foldsTheLogOncePerEventAndRefusesAnOwnRecordItDoesNotWrite() {
        ForumConvened own = convened(envelopes.forCommand("civic-2027", "forum-a", operator()));
        ForumConvened upstream = convened(envelopes.forCommand("civic-2027", "forum-x", operator()));

        core.fold("relay.scheduling", own);
        core.fold("relay.scheduling", own);
        core.fold("relay.handoff", upstream);

        assertThat(folded()).as("an upstream fact is learned, never reacted to").containsExactly("forum-a",
                "learned forum-x");
        assertThatThrownBy(() -> core.fold("relay.scheduling",
                convened(envelopes.forCommand("civic-2027", "bad", operator()))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("relay.scheduling");
        verify(template, never()).executeInTransaction(any());
    }

    private List<String> folded() {
        return core.read(List::copyOf);
    }

    private static ForumConvened convened(Envelope envelope) {
        return ForumConvened.newBuilder().setEnvelope(envelope).setPosition(1).setRegionCode("KZ-33").build();
    }

    private static Actor operator() {
        return new Actor(ActorKind.OPERATOR, "operator-dana", "Дана", null);
    }
}
