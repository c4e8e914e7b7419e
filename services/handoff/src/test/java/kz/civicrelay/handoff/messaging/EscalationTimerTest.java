package kz.civicrelay.handoff.messaging;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;

import org.junit.jupiter.api.Test;

import kz.civicrelay.handoff.application.Handoff;
import kz.civicrelay.handoff.domain.HandoffEvent;
import kz.civicrelay.handoff.domain.Relay;
import kz.civicrelay.platform.core.ServiceCore;
import kz.civicrelay.platform.core.StandbyException;

/** The escalation check decides only on the active instance; a standby skips it without a word. */
class EscalationTimerTest {

    @SuppressWarnings("unchecked")
    private final ServiceCore<Relay, HandoffEvent> core = mock(ServiceCore.class);
    private final EscalationTimer timer = new EscalationTimer(new Handoff(core),
            Clock.fixed(Instant.parse("2026-03-10T09:00:00Z"), ZoneOffset.UTC));

    @Test
    void escalatesOnTheActiveInstance() {
        when(core.isActive()).thenReturn(true);

        timer.check();

        verify(core).decide(any(), any());
    }

    @Test
    void skipsTheCheckOnAStandby() {
        when(core.isActive()).thenReturn(false);

        timer.check();

        verify(core, never()).decide(any(), any());
    }

    @Test
    void takesALeaseLostBetweenTheLookAndTheDecisionQuietly() {
        when(core.isActive()).thenReturn(true);
        when(core.decide(any(), any())).thenThrow(new StandbyException("This instance is on standby", null));

        assertThatCode(timer::check).doesNotThrowAnyException();
    }
}
