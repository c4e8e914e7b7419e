package kz.civicrelay.resolution.config;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import kz.civicrelay.platform.log.FoldedState;
import kz.civicrelay.resolution.application.Drafting;
import kz.civicrelay.resolution.application.ResolutionEvents;
import kz.civicrelay.resolution.domain.ForumResolutions;

@Configuration(proxyBeanMethods = false)
class ResolutionConfiguration {

    @Bean
    FoldedState<ForumResolutions> resolutionsState() {
        return new FoldedState<>(new ForumResolutions());
    }

    @Bean
    Drafting drafting(FoldedState<ForumResolutions> state, ResolutionEvents events) {
        return new Drafting(state, events);
    }
}
