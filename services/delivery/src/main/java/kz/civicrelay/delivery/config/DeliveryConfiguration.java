package kz.civicrelay.delivery.config;

import java.time.Clock;
import java.util.concurrent.ThreadLocalRandom;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

import kz.civicrelay.delivery.application.Delivery;
import kz.civicrelay.delivery.domain.Deliveries;
import kz.civicrelay.delivery.domain.DeliveryEvent;
import kz.civicrelay.delivery.domain.RetryPolicy;
import kz.civicrelay.delivery.messaging.DeliveryDefinition;
import kz.civicrelay.delivery.messaging.Wakeup;
import kz.civicrelay.delivery.webhook.WebhookChannel;
import kz.civicrelay.delivery.webhook.WebhookSecrets;
import kz.civicrelay.platform.core.ServiceCore;
import kz.civicrelay.platform.core.ServiceCores;
import io.micrometer.core.instrument.MeterRegistry;
import kz.civicrelay.delivery.metrics.DeliveryMeters;
import kz.civicrelay.delivery.messaging.MessageTraces;
import io.micrometer.observation.ObservationRegistry;
import org.springframework.beans.factory.ObjectProvider;

@Configuration(proxyBeanMethods = false)
@EnableScheduling
@EnableConfigurationProperties(DeliveryProperties.class)
class DeliveryConfiguration {

    @Bean
    Wakeup dispatcherWakeup(ObjectProvider<ObservationRegistry> observations) {
        return new Wakeup(new MessageTraces(observations.getIfAvailable(() -> ObservationRegistry.NOOP)));
    }

    @Bean
    ServiceCore<Deliveries, DeliveryEvent> deliveryCore(ServiceCores cores, DeliveryProperties properties,
            Wakeup wakeup) {
        RetryPolicy policy = new RetryPolicy(properties.backoffInitial(), properties.backoffMax(),
                properties.giveUpAfter(), properties.batonWait(), () -> ThreadLocalRandom.current().nextDouble());
        return cores.create(DeliveryDefinition.create(policy, wakeup));
    }

    @Bean
    DeliveryMeters deliveryMeters(ServiceCore<Deliveries, DeliveryEvent> core, MeterRegistry registry) {
        var meters = new DeliveryMeters(registry);
        core.onCommitted(meters);
        return meters;
    }

    @Bean
    Delivery delivery(ServiceCore<Deliveries, DeliveryEvent> core) {
        return new Delivery(core);
    }

    @Bean
    WebhookSecrets webhookSecrets(DeliveryProperties properties) {
        return new WebhookSecrets(properties.requiredSecretKey());
    }

    @Bean
    WebhookChannel webhookChannel(WebhookSecrets secrets, Clock clock, DeliveryProperties properties) {
        return new WebhookChannel(secrets, clock, properties.webhookTimeout());
    }
}
