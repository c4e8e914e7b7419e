package kz.civicrelay.handoff.config;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

import kz.civicrelay.handoff.application.Handoff;
import kz.civicrelay.handoff.application.HandoffEvents;
import kz.civicrelay.handoff.domain.Relay;
import kz.civicrelay.platform.log.FoldedState;

@Configuration(proxyBeanMethods = false)
@EnableScheduling
@EnableConfigurationProperties(HandoffProperties.class)
class HandoffConfiguration {

    @Bean
    FoldedState<Relay> relayState() {
        return new FoldedState<>(new Relay());
    }

    @Bean
    Handoff handoff(FoldedState<Relay> state, HandoffEvents events, HandoffProperties properties) {
        return new Handoff(state, events, properties.acknowledgementTimeout());
    }
}
