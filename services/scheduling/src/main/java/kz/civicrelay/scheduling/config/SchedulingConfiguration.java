package kz.civicrelay.scheduling.config;

import java.time.Clock;

import io.micrometer.core.instrument.MeterRegistry;
import kz.civicrelay.scheduling.metrics.SchedulingMeters;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import kz.civicrelay.platform.core.ServiceCore;
import kz.civicrelay.platform.core.ServiceCores;
import kz.civicrelay.scheduling.application.Scheduling;
import kz.civicrelay.scheduling.domain.SchedulingEvent;
import kz.civicrelay.scheduling.domain.Schedule;
import kz.civicrelay.scheduling.messaging.SchedulingDefinition;

@Configuration(proxyBeanMethods = false)
class SchedulingConfiguration {

    @Bean
    ServiceCore<Schedule, SchedulingEvent> schedulingCore(ServiceCores cores) {
        return cores.create(SchedulingDefinition.create());
    }

    @Bean
    SchedulingMeters schedulingMeters(ServiceCore<Schedule, SchedulingEvent> core, MeterRegistry registry, Clock clock) {
        var meters = new SchedulingMeters(registry, clock);
        core.onCommitted(meters);
        return meters;
    }

    @Bean
    Scheduling scheduling(ServiceCore<Schedule, SchedulingEvent> core) {
        return new Scheduling(core);
    }
}
