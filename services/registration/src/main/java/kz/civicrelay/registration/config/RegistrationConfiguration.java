package kz.civicrelay.registration.config;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import kz.civicrelay.platform.log.FoldedState;
import kz.civicrelay.registration.application.RegistrationDesk;
import kz.civicrelay.registration.application.RegistrationEvents;
import kz.civicrelay.registration.domain.Registrations;

@Configuration(proxyBeanMethods = false)
class RegistrationConfiguration {

    @Bean
    FoldedState<Registrations> registrationsState() {
        return new FoldedState<>(new Registrations());
    }

    @Bean
    RegistrationDesk registrationDesk(FoldedState<Registrations> state, RegistrationEvents events) {
        return new RegistrationDesk(state, events);
    }
}
