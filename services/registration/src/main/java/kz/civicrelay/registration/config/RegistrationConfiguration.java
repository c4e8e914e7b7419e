package kz.civicrelay.registration.config;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import kz.civicrelay.platform.core.Fold;
import kz.civicrelay.platform.core.ServiceCore;
import kz.civicrelay.platform.core.ServiceCores;
import kz.civicrelay.platform.core.ServiceDefinition;
import kz.civicrelay.registration.application.RegistrationDesk;
import kz.civicrelay.registration.domain.RegistrationEvent;
import kz.civicrelay.registration.domain.Registrations;
import kz.civicrelay.registration.messaging.RegistrationCodec;
import kz.civicrelay.registration.messaging.RegistrationUpstream;

@Configuration(proxyBeanMethods = false)
class RegistrationConfiguration {

    @Bean
    ServiceCore<Registrations, RegistrationEvent> registrationCore(ServiceCores cores) {
        return cores.create(new ServiceDefinition<>(new Registrations(),
                Fold.of((registrations, event, envelope) -> registrations.apply(event, envelope.getOccurredAt()),
                        RegistrationDesk::seriesIdOf),
                new RegistrationUpstream(), RegistrationCodec.create()));
    }

    @Bean
    RegistrationDesk registrationDesk(ServiceCore<Registrations, RegistrationEvent> core) {
        return new RegistrationDesk(core);
    }
}
