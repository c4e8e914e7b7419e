package kz.civicrelay.forumctl.system;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** forumctl status names each instance's part from its readiness (decision 0014). */
class ReadinessTest {

    @Test
    void anActiveInstanceIsReadyAndSaysSo() {
        var readiness = ServiceProcess.Readiness.of(200, """
                {"status":"UP","components":{"readinessState":{"status":"UP"},"relayListeners":{"status":"UP",
                 "details":{"ready":true,"role":"active","instance":"handoff-a","activeInstance":"handoff-a"}}}}""");

        assertThat(readiness).isEqualTo(new ServiceProcess.Readiness(true, "active"));
    }

    @Test
    void anInstanceTakingOverIsNotReadyYet() {
        var readiness = ServiceProcess.Readiness.of(503, """
                {"status":"OUT_OF_SERVICE","components":{"relayListeners":{"status":"OUT_OF_SERVICE",
                 "details":{"ready":false,"role":"taking_over","instance":"handoff-b"}}}}""");

        assertThat(readiness).isEqualTo(new ServiceProcess.Readiness(false, "taking_over"));
    }

    @Test
    void anAnswerWithoutARoleNamesNone() {
        assertThat(ServiceProcess.Readiness.of(200, "{\"status\":\"UP\"}"))
                .isEqualTo(new ServiceProcess.Readiness(true, null));
    }
}
