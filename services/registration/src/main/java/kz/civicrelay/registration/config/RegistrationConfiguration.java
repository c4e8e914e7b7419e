package kz.civicrelay.registration.config;

import java.time.Clock;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import kz.civicrelay.platform.envelope.EnvelopeFactory;
import kz.civicrelay.platform.log.FoldedState;
import kz.civicrelay.registration.application.RegistrationDesk;
import kz.civicrelay.registration.application.RegistrationEvents;
import kz.civicrelay.registration.domain.Registrations;

@Configuration(proxyBeanMethods = false)
class RegistrationConfiguration {

    static final String SERVICE = "registration";

    @Bean
    Clock clock() {
        return Clock.systemUTC();
    }

    @Bean
    EnvelopeFactory envelopeFactory(Clock clock) {
        return new EnvelopeFactory(SERVICE, clock);
    }

    @Bean
    FoldedState<Registrations> registrationsState() {
        return new FoldedState<>(new Registrations());
    }

    @Bean
    RegistrationDesk registrationDesk(FoldedState<Registrations> state, RegistrationEvents events) {
        return new RegistrationDesk(state, events);
    }
}
