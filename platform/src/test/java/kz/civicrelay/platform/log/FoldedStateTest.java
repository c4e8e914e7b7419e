package kz.civicrelay.platform.log;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

class FoldedStateTest {

    @Test
    void shouldApplyAnEventOnceWhicheverPathBringsItAgain() {
        FoldedState<List<String>> state = new FoldedState<>(new ArrayList<>());
        UUID eventId = UUID.randomUUID();

        boolean first = state.applyOnce(eventId, s -> s.add("baton KZ-33 → KZ-75"));
        boolean again = state.applyOnce(eventId, s -> s.add("baton KZ-33 → KZ-75"));

        assertThat(first).isTrue();
        assertThat(again).isFalse();
        List<String> folded = state.withState(s -> List.copyOf(s));
        assertThat(folded).containsExactly("baton KZ-33 → KZ-75");
        assertThat(state.appliedCount()).isEqualTo(1);
    }

    @Test
    void shouldFoldAgainAnEventWhoseFoldFailedSoARetryIsNotLost() {
        FoldedState<List<String>> state = new FoldedState<>(new ArrayList<>());
        UUID eventId = UUID.randomUUID();

        assertThatThrownBy(() -> state.applyOnce(eventId, s -> {
            throw new IllegalArgumentException("capacity must be at least 1");
        })).isInstanceOf(IllegalArgumentException.class);
        boolean retried = state.applyOnce(eventId, s -> s.add("forum scheduled"));

        assertThat(retried).isTrue();
        List<String> folded = state.withState(s -> List.copyOf(s));
        assertThat(folded).containsExactly("forum scheduled");
    }
}
