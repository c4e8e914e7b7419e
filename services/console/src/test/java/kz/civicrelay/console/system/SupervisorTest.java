package kz.civicrelay.console.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.time.Duration;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import tools.jackson.databind.json.JsonMapper;

import kz.civicrelay.console.FakeSupervisor;
import kz.civicrelay.console.system.SupervisorStatus.ProcessStatus;

/** Reading forumctl up's status: as served, and each way it can fail to answer, said plainly. */
class SupervisorTest {

    private final FakeSupervisor fake = FakeSupervisor.start();
    private final Supervisor supervisor = new Supervisor(URI.create(fake.url()), Duration.ofMillis(500),
            JsonMapper.builder().build());

    @AfterEach
    void stop() {
        fake.close();
    }

    @Test
    void shouldReadEachProcessAsServed() {
        ProcessesView view = supervisor.processes();

        assertThat(view.supervisor()).isEqualTo("running");
        assertThat(view.reason()).isNull();
        assertThat(view.supervisorPid()).isEqualTo(12283L);
        assertThat(view.startedAt()).isEqualTo("2026-12-01T23:24:57.224731275Z");
        assertThat(view.processes()).extracting(ProcessStatus::name).containsExactly("scheduling", "handoff",
                "registration");
        assertThat(view.processes().get(1)).isEqualTo(new ProcessStatus("handoff", 8084, 13483L, "ready", 13L, 1, 137,
                "2026-12-01T23:25:12Z", java.util.Map.of("handoff-reactions", 0L), "active"));
        assertThat(view.processes().get(2).pid()).isNull();
        assertThat(view.processes().get(2).state()).isEqualTo("down");
    }

    @Test
    void shouldSayUnreachableWhenNothingListens() {
        fake.close();

        ProcessesView view = supervisor.processes();

        assertThat(view.supervisor()).isEqualTo("unreachable");
        assertThat(view.reason()).contains("connection refused");
        assertThat(view.processes()).isEmpty();
    }

    @Test
    void shouldGiveUpOnASupervisorThatDoesNotAnswerInTime() {
        fake.answerAfter(Duration.ofSeconds(5));
        long started = System.nanoTime();

        ProcessesView view = supervisor.processes();

        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(2));
        assertThat(view.supervisor()).isEqualTo("unreachable");
        assertThat(view.reason()).isEqualTo("no answer within 500 ms");
    }

    @Test
    void shouldSayWhyWhenTheAnswerIsNotTheStatus() {
        fake.answer(503, "starting");
        assertThat(supervisor.processes().reason()).isEqualTo("it answered HTTP 503");

        fake.answer(200, "<html>not json</html>");
        assertThat(supervisor.processes()).satisfies(view -> {
            assertThat(view.supervisor()).isEqualTo("unreachable");
            assertThat(view.reason()).startsWith("its answer is not forumctl's status JSON");
        });

        fake.answer(200, "{}");
        assertThat(supervisor.processes().reason()).as("no supervisorPid")
                .startsWith("its answer is not forumctl's status JSON");

        fake.answer(200, """
                {"supervisorPid":1,"startedAt":"2026-12-01T23:24:57Z","bootstrapServers":"b","dataDir":"d"}""");
        assertThat(supervisor.processes().reason()).isEqualTo("its answer lists no processes");

        fake.answer(200, "null");
        assertThat(supervisor.processes().reason()).isEqualTo("its answer lists no processes");
    }
}
