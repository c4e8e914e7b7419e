package kz.civicrelay.handoff.config;

import java.time.Clock;

import io.micrometer.core.instrument.MeterRegistry;
import kz.civicrelay.handoff.metrics.HandoffMeters;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

import kz.civicrelay.handoff.application.Handoff;
import kz.civicrelay.handoff.domain.HandoffEvent;
import kz.civicrelay.handoff.domain.Relay;
import kz.civicrelay.handoff.messaging.HandoffDefinition;
import kz.civicrelay.platform.core.ServiceCore;
import kz.civicrelay.platform.core.ServiceCores;

@Configuration(proxyBeanMethods = false)
@EnableScheduling
@EnableConfigurationProperties(HandoffProperties.class)
class HandoffConfiguration {

    @Bean
    ServiceCore<Relay, HandoffEvent> handoffCore(ServiceCores cores, HandoffProperties properties) {
        return cores.create(HandoffDefinition.create(properties.acknowledgementTimeout()));
    }

    @Bean
    HandoffMeters handoffMeters(ServiceCore<Relay, HandoffEvent> core, MeterRegistry registry, Clock clock) {
        var meters = new HandoffMeters(core, registry, clock);
        core.onCommitted(meters);
        return meters;
    }

    @Bean
    Handoff handoff(ServiceCore<Relay, HandoffEvent> core) {
        return new Handoff(core);
    }
}
