package kz.civicrelay.handoff;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/** Handoff: passes the relay baton to the next host when a forum completes and notifies the regional teams. */
@SpringBootApplication
public class HandoffApplication {

    public static void main(String[] args) {
        SpringApplication.run(HandoffApplication.class, args);
    }
}
