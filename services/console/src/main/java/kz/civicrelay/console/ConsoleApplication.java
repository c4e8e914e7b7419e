package kz.civicrelay.console;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * The operators' console: the live event stream of the relay, the track of the 20 host regions with
 * the baton, each forum's page, and the auditors' replay of a series. It only reads the log.
 */
@SpringBootApplication
public class ConsoleApplication {

    public static void main(String[] args) {
        SpringApplication.run(ConsoleApplication.class, args);
    }
}
