package kz.civicrelay.resolution.config;

import java.time.Clock;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import kz.civicrelay.platform.core.ServiceCore;
import kz.civicrelay.platform.core.ServiceCores;
import kz.civicrelay.resolution.application.Drafting;
import kz.civicrelay.resolution.domain.ForumResolutions;
import kz.civicrelay.resolution.domain.ResolutionEvent;
import kz.civicrelay.resolution.messaging.ResolutionDefinition;

@Configuration(proxyBeanMethods = false)
class ResolutionConfiguration {

    @Bean
    ServiceCore<ForumResolutions, ResolutionEvent> resolutionCore(ServiceCores cores) {
        return cores.create(ResolutionDefinition.create());
    }

    @Bean
    Drafting drafting(ServiceCore<ForumResolutions, ResolutionEvent> core) {
        return new Drafting(core, Clock.systemUTC());
    }
}
