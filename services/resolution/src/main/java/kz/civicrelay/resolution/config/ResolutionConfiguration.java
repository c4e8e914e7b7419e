package kz.civicrelay.resolution.config;

import java.time.Clock;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import kz.civicrelay.events.Actor;
import kz.civicrelay.events.Envelope;
import kz.civicrelay.platform.core.Fold;
import kz.civicrelay.platform.core.ServiceCore;
import kz.civicrelay.platform.core.ServiceCores;
import kz.civicrelay.platform.core.ServiceDefinition;
import kz.civicrelay.resolution.application.Drafting;
import kz.civicrelay.resolution.domain.Authorship;
import kz.civicrelay.resolution.domain.ForumResolutions;
import kz.civicrelay.resolution.domain.ResolutionEvent;
import kz.civicrelay.resolution.messaging.ResolutionCodec;
import kz.civicrelay.resolution.messaging.ResolutionUpstream;

@Configuration(proxyBeanMethods = false)
class ResolutionConfiguration {

    @Bean
    ServiceCore<ForumResolutions, ResolutionEvent> resolutionCore(ServiceCores cores) {
        return cores.create(new ServiceDefinition<>(new ForumResolutions(),
                Fold.of((resolutions, event, envelope) -> resolutions.apply(event, authorship(envelope)),
                        Drafting::seriesIdOf),
                new ResolutionUpstream(), ResolutionCodec.create()));
    }

    /** Who recorded an event and when: its envelope's actor (their name, else their id) and time. */
    static Authorship authorship(Envelope envelope) {
        Actor actor = envelope.getActor();
        return new Authorship(actor.getId(), actor.getDisplayName() == null ? actor.getId() : actor.getDisplayName(),
                envelope.getOccurredAt());
    }

    @Bean
    Drafting drafting(ServiceCore<ForumResolutions, ResolutionEvent> core) {
        return new Drafting(core, Clock.systemUTC());
    }
}
