package kz.civicrelay.registration.config;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import kz.civicrelay.platform.core.ServiceCore;
import kz.civicrelay.platform.core.ServiceCores;
import kz.civicrelay.registration.application.RegistrationDesk;
import kz.civicrelay.registration.domain.RegistrationEvent;
import kz.civicrelay.registration.domain.Registrations;
import kz.civicrelay.registration.messaging.RegistrationDefinition;

@Configuration(proxyBeanMethods = false)
class RegistrationConfiguration {

    @Bean
    ServiceCore<Registrations, RegistrationEvent> registrationCore(ServiceCores cores) {
        return cores.create(RegistrationDefinition.create());
    }

    @Bean
    RegistrationDesk registrationDesk(ServiceCore<Registrations, RegistrationEvent> core) {
        return new RegistrationDesk(core);
    }
}
