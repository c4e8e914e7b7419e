package kz.civicrelay.scheduling.config;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import kz.civicrelay.platform.log.FoldedState;
import kz.civicrelay.scheduling.application.Scheduling;
import kz.civicrelay.scheduling.application.SchedulingEvents;
import kz.civicrelay.scheduling.domain.Series;

@Configuration(proxyBeanMethods = false)
class SchedulingConfiguration {

    @Bean
    FoldedState<Series> seriesState() {
        return new FoldedState<>(new Series());
    }

    @Bean
    Scheduling scheduling(FoldedState<Series> state, SchedulingEvents events) {
        return new Scheduling(state, events);
    }
}
