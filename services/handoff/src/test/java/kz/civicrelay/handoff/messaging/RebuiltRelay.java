package kz.civicrelay.handoff.messaging;

import org.springframework.kafka.core.KafkaAdmin;

import kz.civicrelay.handoff.domain.Relay;
import kz.civicrelay.platform.log.EventLogReplay;
import kz.civicrelay.platform.log.FoldedState;

/** A relay state rebuilt from the log exactly as a restarted service rebuilds it. */
public final class RebuiltRelay {

    private RebuiltRelay() {
    }

    public static Relay from(KafkaAdmin admin, EventLogReplay replay) {
        FoldedState<Relay> state = new FoldedState<>(new Relay());
        new StateRebuild(admin, replay, state).afterSingletonsInstantiated();
        return state.withState(relay -> relay);
    }
}
