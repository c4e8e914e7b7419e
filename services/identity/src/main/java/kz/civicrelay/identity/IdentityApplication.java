package kz.civicrelay.identity;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/**
 * The embedded default's OpenID Connect issuer (decision 0015): signs the access tokens every relay service
 * accepts, for the accounts of a small deployment or the seeded demo accounts. A real deployment points the
 * services at its own identity provider instead and does not run this.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
public class IdentityApplication {

    public static void main(String[] args) {
        SpringApplication.run(IdentityApplication.class, args);
    }
}
