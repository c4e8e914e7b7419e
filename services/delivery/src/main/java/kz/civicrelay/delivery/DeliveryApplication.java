package kz.civicrelay.delivery;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * Delivery: sends the regional teams' notifications by e-mail and signed webhooks, each attempt's outcome an
 * event, retrying with backoff for days; a consumer of {@code relay.notifications}.
 */
@SpringBootApplication
public class DeliveryApplication {

    public static void main(String[] args) {
        SpringApplication.run(DeliveryApplication.class, args);
    }
}
