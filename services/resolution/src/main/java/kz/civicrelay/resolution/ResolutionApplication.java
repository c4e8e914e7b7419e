package kz.civicrelay.resolution;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/** Resolution: opens each convened forum's draft; participants propose, amend and withdraw; the operator adopts. */
@SpringBootApplication
public class ResolutionApplication {

    public static void main(String[] args) {
        SpringApplication.run(ResolutionApplication.class, args);
    }
}
