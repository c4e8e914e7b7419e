package kz.civicrelay.handoff.config;

import java.time.Clock;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

import kz.civicrelay.handoff.application.Handoff;
import kz.civicrelay.handoff.application.HandoffEvents;
import kz.civicrelay.handoff.domain.Relay;
import kz.civicrelay.platform.envelope.EnvelopeFactory;
import kz.civicrelay.platform.log.FoldedState;

@Configuration(proxyBeanMethods = false)
@EnableScheduling
@EnableConfigurationProperties(HandoffProperties.class)
class HandoffConfiguration {

    static final String SERVICE = "handoff";

    @Bean
    Clock clock() {
        return Clock.systemUTC();
    }

    @Bean
    EnvelopeFactory envelopeFactory(Clock clock) {
        return new EnvelopeFactory(SERVICE, clock);
    }

    @Bean
    FoldedState<Relay> relayState() {
        return new FoldedState<>(new Relay());
    }

    @Bean
    Handoff handoff(FoldedState<Relay> state, HandoffEvents events, HandoffProperties properties) {
        return new Handoff(state, events, properties.acknowledgementTimeout());
    }
}
