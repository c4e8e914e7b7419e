package kz.civicrelay.scheduling.config;

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
    Scheduling scheduling(ServiceCore<Schedule, SchedulingEvent> core) {
        return new Scheduling(core);
    }
}
