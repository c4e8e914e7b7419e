package kz.civicrelay.delivery.email;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.mail.javamail.JavaMailSender;

import kz.civicrelay.platform.checkin.CheckInCodes;
import kz.civicrelay.platform.links.AcknowledgementLinks;

/**
 * The e-mail channel, its templates and links. The link key ({@code relay.links.key}, base64, at least 32 bytes,
 * the one handoff checks the links with) is optional: without it mails carry no acknowledgement link and say to
 * acknowledge in the console. So is the check-in key: without it a person's confirmation carries no check-in code.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(MailSettings.class)
class EmailConfiguration {

    private static final Logger log = LoggerFactory.getLogger(EmailConfiguration.class);

    @Bean
    MailTemplates mailTemplates(MailSettings settings, @Value("${relay.links.key:}") String linkKey,
            CheckInCodes checkInCodes) {
        if (linkKey.isBlank()) {
            log.warn("relay.links.key is not set: mails carry no acknowledgement link");
            return new MailTemplates(new MailLinks(settings, null), checkInCodes);
        }
        return new MailTemplates(new MailLinks(settings, AcknowledgementLinks.withKey(linkKey)), checkInCodes);
    }

    /**
     * The check-in codes a person's confirmation carries, signed with registration's check-in key
     * ({@code relay.checkin.key}, decision 0029); without it the confirmation goes without a code.
     */
    @Bean
    CheckInCodes checkInCodes(@Value("${relay.checkin.key:}") String key) {
        return new CheckInCodes(key);
    }

    @Bean
    EmailChannel emailChannel(JavaMailSender sender, MailTemplates templates, MailSettings settings) {
        return new EmailChannel(sender, templates, settings);
    }
}
