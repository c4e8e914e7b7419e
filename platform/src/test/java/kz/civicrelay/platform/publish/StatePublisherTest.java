package kz.civicrelay.platform.publish;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

import org.apache.kafka.common.KafkaException;
import org.junit.jupiter.api.Test;
import org.springframework.kafka.core.KafkaOperations;

import kz.civicrelay.events.Actor;
import kz.civicrelay.events.ActorKind;
import kz.civicrelay.events.Envelope;
import kz.civicrelay.events.ForumConvened;
import kz.civicrelay.platform.envelope.EnvelopeFactory;
import kz.civicrelay.platform.log.FoldedState;
import kz.civicrelay.platform.topics.RelayTopic;

class StatePublisherTest {

    private final List<Envelope> sent = new ArrayList<>();
    private final FoldedState<List<String>> state = new FoldedState<>(new ArrayList<>());
    private final EnvelopeFactory envelopes = new EnvelopeFactory("scheduling", Clock.systemUTC());

    @SuppressWarnings("unchecked")
    private final KafkaOperations<Object, Object> template = mock(KafkaOperations.class);

    private final StatePublisher<List<String>, String> publisher = new StatePublisher<>(
            new RelayPublisher(template), envelopes, state, new StatePublisher.Mapping<>() {
                @Override
                public String forumIdOf(String event) {
                    return event;
                }

                @Override
                public OutgoingEvent toRecord(String event, Envelope envelope) {
                    sent.add(envelope);
                    return OutgoingEvent.to(RelayTopic.SCHEDULING, ForumConvened.newBuilder().setEnvelope(envelope)
                            .setPosition(1).setRegionCode("KZ-33").build());
                }

                @Override
                public void fold(List<String> folded, String event, Envelope envelope) {
                    folded.add(event);
                }
            });

    @Test
    @SuppressWarnings("unchecked")
    void shouldFoldEventsIntoTheStateOnlyOnceTheirTransactionCommitted() {
        when(template.executeInTransaction(any())).thenAnswer(call -> {
            assertThat(folded()).as("nothing folded before the commit").isEmpty();
            return ((KafkaOperations.OperationsCallback<Object, Object, Object>) call.getArgument(0))
                    .doInOperations(template);
        });

        publisher.publish("civic-2027", List.of("forum-a", "forum-b"), Origin.command(operator()));

        assertThat(folded()).containsExactly("forum-a", "forum-b");
    }

    @Test
    void shouldChangeNothingWhenTheTransactionFails() {
        when(template.executeInTransaction(any())).thenThrow(new KafkaException("broker unavailable"));

        assertThatThrownBy(() -> publisher.publish("civic-2027", List.of("forum-a"), Origin.command(operator())))
                .isInstanceOf(KafkaException.class);
        assertThat(folded()).isEmpty();
    }

    @Test
    @SuppressWarnings("unchecked")
    void shouldGiveTheEventsOfOneCommandOneCorrelationAndChainAReactionToItsCause() {
        when(template.executeInTransaction(any())).thenAnswer(call -> ((KafkaOperations.OperationsCallback<Object,
                Object, Object>) call.getArgument(0)).doInOperations(template));

        publisher.publish("civic-2027", List.of("forum-a", "forum-b"), Origin.command(operator()));
        Envelope cause = sent.get(0);
        publisher.publish("civic-2027", List.of("forum-c"), Origin.reaction(cause));

        assertThat(sent.get(0).getCorrelationId()).isEqualTo(sent.get(1).getCorrelationId());
        assertThat(sent.get(0).getActor().getId()).isEqualTo("operator-dana");
        assertThat(sent.get(2).getCausationId()).isEqualTo(cause.getEventId().toString());
        assertThat(sent.get(2).getCorrelationId()).isEqualTo(cause.getCorrelationId());
        assertThat(sent.get(2).getActor().getKind()).isEqualTo(ActorKind.SERVICE);
    }

    private List<String> folded() {
        return state.withState(s -> List.copyOf(s));
    }

    private static Actor operator() {
        return new Actor(ActorKind.OPERATOR, "operator-dana", "Дана");
    }
}
