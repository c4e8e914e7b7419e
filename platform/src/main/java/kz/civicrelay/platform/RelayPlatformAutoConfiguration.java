package kz.civicrelay.platform;

import java.time.Clock;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.kafka.autoconfigure.DefaultKafkaConsumerFactoryCustomizer;
import org.springframework.boot.kafka.autoconfigure.KafkaProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.kafka.config.KafkaListenerEndpointRegistry;
import org.springframework.kafka.core.KafkaOperations;

import kz.civicrelay.platform.envelope.EnvelopeFactory;
import kz.civicrelay.platform.errors.DeadLetterConfiguration;
import kz.civicrelay.platform.log.EventLogReplay;
import kz.civicrelay.platform.publish.RelayPublisher;
import kz.civicrelay.platform.core.ListenerAssignments;
import kz.civicrelay.platform.core.ServiceCores;
import kz.civicrelay.platform.recovery.SupervisorWatch;
import kz.civicrelay.platform.topics.TopicsConfiguration;
import kz.civicrelay.platform.web.ProblemHandling;

/**
 * What every relay service gets by having the platform on its classpath: the relay topics,
 * dead-letter handling for every listener, the clock and envelope factory, the transactional
 * publisher, log replay, and
 * problem+json errors. Serde and exactly-once settings come from {@code relay-platform.yml}, which
 * each service imports in its {@code application.yml}.
 */
@AutoConfiguration(afterName = "org.springframework.boot.kafka.autoconfigure.KafkaAutoConfiguration")
@Import({TopicsConfiguration.class, DeadLetterConfiguration.class})
public class RelayPlatformAutoConfiguration {

    @Bean
    @ConditionalOnMissingBean
    Clock clock() {
        return Clock.systemUTC();
    }

    /** Envelopes name the service by {@code spring.application.name}. */
    @Bean
    EnvelopeFactory envelopeFactory(@Value("${spring.application.name:application}") String service, Clock clock) {
        return new EnvelopeFactory(service, clock);
    }

    @Bean
    RelayPublisher relayPublisher(KafkaOperations<Object, Object> template) {
        return new RelayPublisher(template);
    }

    @Bean
    EventLogReplay eventLogReplay(KafkaProperties kafka) {
        return new EventLogReplay(kafka.buildConsumerProperties());
    }

    /** A service given {@code relay.supervisor.pid} stops when that process is gone (forumctl up, a test). */
    @Bean
    @ConditionalOnProperty("relay.supervisor.pid")
    InitializingBean supervisorWatch(@Value("${relay.supervisor.pid}") long supervisorPid) {
        return () -> SupervisorWatch.exitWith(supervisorPid);
    }

    @Configuration(proxyBeanMethods = false)
    @ConditionalOnWebApplication
    @Import(ProblemHandling.class)
    static class Web {
    }

    /** Readiness includes {@code relayListeners}: every listener holds its partitions. */
    @Configuration(proxyBeanMethods = false)
    @ConditionalOnClass(name = "org.springframework.boot.health.contributor.AbstractHealthIndicator")
    @ConditionalOnBean(KafkaListenerEndpointRegistry.class)
    static class Readiness {

        @Bean
        ListenerAssignments relayListenersHealthIndicator(KafkaListenerEndpointRegistry registry,
                ObjectProvider<ServiceCores> cores) {
            return new ListenerAssignments(registry, cores);
        }
    }
}
