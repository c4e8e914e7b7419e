package kz.civicrelay.registration.config;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import io.micrometer.core.instrument.MeterRegistry;
import kz.civicrelay.platform.core.ServiceCore;
import kz.civicrelay.platform.core.ServiceCores;
import kz.civicrelay.platform.checkin.CheckInCodes;
import kz.civicrelay.registration.application.RegistrationDesk;
import kz.civicrelay.registration.domain.RegistrationEvent;
import kz.civicrelay.registration.domain.Registrations;
import kz.civicrelay.registration.messaging.RegistrationDefinition;
import kz.civicrelay.registration.metrics.RegistrationMeters;

@Configuration(proxyBeanMethods = false)
class RegistrationConfiguration {

    @Bean
    ServiceCore<Registrations, RegistrationEvent> registrationCore(ServiceCores cores) {
        return cores.create(RegistrationDefinition.create());
    }

    @Bean
    RegistrationMeters registrationMeters(ServiceCore<Registrations, RegistrationEvent> core, MeterRegistry registry) {
        var meters = new RegistrationMeters(core::read, registry);
        core.onCommitted(meters);
        return meters;
    }

    /** The check-in codes of registrations (decision 0019), signed with {@code relay.checkin.key}. */
    @Bean
    CheckInCodes checkInCodes(@Value("${relay.checkin.key:}") String key) {
        return new CheckInCodes(key);
    }

    @Bean
    RegistrationDesk registrationDesk(ServiceCore<Registrations, RegistrationEvent> core, RegistrationMeters meters) {
        return new RegistrationDesk(core, meters);
    }
}
