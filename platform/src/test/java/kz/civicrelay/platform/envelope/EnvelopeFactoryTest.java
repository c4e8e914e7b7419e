package kz.civicrelay.platform.envelope;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;

import org.junit.jupiter.api.Test;

import kz.civicrelay.events.Actor;
import kz.civicrelay.events.ActorKind;
import kz.civicrelay.events.Envelope;

class EnvelopeFactoryTest {

    private final Clock clock = Clock.fixed(Instant.parse("2027-03-10T09:00:00.123456Z"), ZoneOffset.UTC);

    @Test
    void shouldStartACorrelationForAPersonsCommand() {
        Envelope command = new EnvelopeFactory("scheduling", clock)
                .forCommand("civic-2027", "civic-2027-01-kz-33", new Actor(ActorKind.OPERATOR, "aigerim", "Әйгерім", null));

        assertThat(command.getCausationId()).isNull();
        assertThat(command.getCorrelationId()).isEqualTo(command.getEventId().toString());
        assertThat(command.getProducer()).isEqualTo("scheduling");
        assertThat(command.getOccurredAt()).isEqualTo(Instant.parse("2027-03-10T09:00:00.123Z"));
    }

    @Test
    void shouldChainAReactionToItsCauseAndKeepTheCorrelation() {
        Envelope cause = new EnvelopeFactory("scheduling", clock)
                .forCommand("civic-2027", "civic-2027-01-kz-33", new Actor(ActorKind.OPERATOR, "aigerim", null, null));

        Envelope reaction = new EnvelopeFactory("handoff", clock).causedBy(cause, "civic-2027-02-kz-75");

        assertThat(reaction.getCausationId()).isEqualTo(cause.getEventId().toString());
        assertThat(reaction.getCorrelationId()).isEqualTo(cause.getCorrelationId());
        assertThat(reaction.getSeriesId()).isEqualTo("civic-2027");
        assertThat(reaction.getForumId()).isEqualTo("civic-2027-02-kz-75");
        assertThat(reaction.getActor().getKind()).isEqualTo(ActorKind.SERVICE);
        assertThat(reaction.getActor().getId()).isEqualTo("handoff");
    }
}
