package kz.civicrelay.registration.config;

import java.util.List;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import kz.civicrelay.events.Envelope;
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
        return cores.create(new ServiceDefinition<>(new Registrations(), new RegistrationFold(),
                new RegistrationUpstream(), RegistrationCodec.create()));
    }

    /** Registration's events fold by their envelope's time; a group commit holds seats until they commit. */
    private static final class RegistrationFold implements Fold<Registrations, RegistrationEvent> {

        @Override
        public void apply(Registrations registrations, RegistrationEvent event, Envelope envelope) {
            registrations.apply(event, envelope.getOccurredAt());
        }

        @Override
        public String seriesIdOf(Registrations registrations, List<RegistrationEvent> decided) {
            return RegistrationDesk.seriesIdOf(registrations, decided);
        }

        @Override
        public void hold(Registrations registrations, RegistrationEvent event) {
            registrations.hold(event);
        }

        @Override
        public void release(Registrations registrations, RegistrationEvent event) {
            registrations.release(event);
        }
    }

    @Bean
    RegistrationDesk registrationDesk(ServiceCore<Registrations, RegistrationEvent> core) {
        return new RegistrationDesk(core);
    }
}
