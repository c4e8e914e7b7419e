package kz.civicrelay.forumctl.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.util.Map;

import org.junit.jupiter.api.Test;

class ServiceInstanceTest {

    @Test
    void shouldRunTwoInstancesOfEachServiceAHundredPortsApartAndOneIssuerAndOneConsoleOnACluster() {
        var instances = ServiceInstance.twoPerService(Map.of());

        assertThat(instances).extracting(ServiceInstance::name, ServiceInstance::port).containsExactly(
                tuple("identity", 9000), tuple("scheduling-a", 8081), tuple("scheduling-b", 8181),
                tuple("registration-a", 8082), tuple("registration-b", 8182),
                tuple("resolution-a", 8083), tuple("resolution-b", 8183),
                tuple("handoff-a", 8084), tuple("handoff-b", 8184),
                tuple("delivery-a", 8085), tuple("delivery-b", 8185),
                tuple("console", 8080));
        assertThat(instances.get(2).args()).containsExactly("--relay.instance.id=scheduling-b");
        assertThat(instances.get(10).args()).containsExactly("--relay.instance.id=delivery-b");
        assertThat(instances.get(0).args()).isEmpty();
        assertThat(instances.get(11).args()).isEmpty();
    }

    @Test
    void shouldPutInstanceBAHundredAboveAServicesOwnPortUnlessItIsGivenOne() {
        var instances = ServiceInstance.twoPerService(Map.of("handoff", 9184, "Scheduling-B", 9999));

        assertThat(instances).extracting(ServiceInstance::name, ServiceInstance::port)
                .contains(tuple("handoff-a", 9184), tuple("handoff-b", 9284), tuple("scheduling-a", 8081),
                        tuple("scheduling-b", 9999));
    }

    @Test
    void shouldRunOneInstanceNamedAsItsServiceByDefaultTheIssuerFirst() {
        var instances = ServiceInstance.onePerService(ServiceInstance.byService(Map.of("handoff", 9184)));

        assertThat(instances).extracting(ServiceInstance::name, ServiceInstance::port).containsExactly(
                tuple("identity", 9000), tuple("scheduling", 8081), tuple("registration", 8082), tuple("resolution", 8083),
                tuple("handoff", 9184), tuple("delivery", 8085), tuple("console", 8080));
        assertThat(instances).allSatisfy(i -> assertThat(i.args()).isEmpty());
    }

    @Test
    void shouldRefuseAPortForAnInstanceThatDoesNotRun() {
        assertThatThrownBy(() -> ServiceInstance.byService(Map.of("handoff-b", 9184)))
                .hasMessageContaining("No service is named 'handoff-b'");
        assertThatThrownBy(() -> ServiceInstance.twoPerService(Map.of("console-b", 9180)))
                .hasMessageContaining("'console-b'");
        assertThatThrownBy(() -> ServiceInstance.twoPerService(Map.of("identity-b", 9100)))
                .hasMessageContaining("'identity-b'");
    }
}
