package kz.civicrelay.delivery.email;

import java.nio.charset.StandardCharsets;
import java.util.Date;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.mail.MailException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;

import kz.civicrelay.delivery.domain.Message;
import kz.civicrelay.delivery.domain.Subscription;
import kz.civicrelay.delivery.send.Channel;
import kz.civicrelay.delivery.send.Outcome;
import kz.civicrelay.delivery.domain.DeliveryChannel;

/**
 * Delivers by e-mail: renders the message for the subscription ({@link MailTemplates}: HTML and plain text, a
 * section per language) and hands it to the SMTP server ({@code spring.mail.*}). Accepted means the server took
 * it; what a refusal means for the next attempt is {@link SmtpFailures}'. Every attempt of one message to one
 * subscription is the same mail: the same {@code Message-ID} and {@code X-Relay-Notification-Id}. Logs name the
 * message and the subscription, never the address.
 */
final class EmailChannel implements Channel {

    static final String NOTIFICATION_ID_HEADER = "X-Relay-Notification-Id";
    private static final Logger log = LoggerFactory.getLogger(EmailChannel.class);

    private final JavaMailSender sender;
    private final MailTemplates templates;
    private final InternetAddress from;

    EmailChannel(JavaMailSender sender, MailTemplates templates, MailSettings settings) {
        this.sender = sender;
        this.templates = templates;
        try {
            this.from = new InternetAddress(settings.mailFrom(), true);
        } catch (AddressException e) {
            throw new IllegalArgumentException("relay.delivery.mail-from is not an e-mail address: " + settings.mailFrom(), e);
        }
    }

    @Override
    public DeliveryChannel kind() {
        return DeliveryChannel.EMAIL;
    }

    @Override
    public Outcome send(Message message, Subscription subscription, int attempt) {
        MimeMessage mail;
        try {
            mail = compose(message, subscription);
        } catch (AddressException e) {
            return new Outcome.Failed("The subscription's address is not a valid e-mail address", true);
        } catch (MessagingException e) {
            return new Outcome.Failed("The mail could not be composed (" + e.getClass().getSimpleName() + ")", false);
        }
        try {
            sender.send(mail);
        } catch (MailException e) {
            Outcome.Failed failed = SmtpFailures.of(e);
            log.warn("Mail of {} to subscription {} (attempt {}) failed: {}", message.messageId(),
                    subscription.subscriptionId(), attempt, failed.reason());
            return failed;
        }
        log.info("Mail of {} to subscription {} (attempt {}) accepted by the mail server", message.messageId(),
                subscription.subscriptionId(), attempt);
        return new Outcome.Accepted("SMTP accepted");
    }

    private MimeMessage compose(Message message, Subscription subscription) throws MessagingException {
        MailContent content = templates.render(message, subscription);
        MimeMessage mail = sender.createMimeMessage();
        MimeMessageHelper helper = new MimeMessageHelper(mail, MimeMessageHelper.MULTIPART_MODE_MIXED_RELATED,
                StandardCharsets.UTF_8.name());
        helper.setFrom(from);
        helper.setTo(new InternetAddress(subscription.address(), true));
        helper.setSubject(content.subject());
        helper.setText(content.text(), content.html());
        byte[] checkInQr = content.checkInQr();
        if (checkInQr != null) {
            helper.addInline(MailContent.CHECK_IN_QR, new ByteArrayResource(checkInQr), "image/png");
        }
        helper.setSentDate(new Date());
        mail.setHeader("Message-ID", MessageIds.of(message.messageId(), subscription.subscriptionId(), domain()));
        mail.setHeader(NOTIFICATION_ID_HEADER, message.messageId());
        mail.setHeader("Auto-Submitted", "auto-generated");
        return mail;
    }

    private String domain() {
        String address = from.getAddress();
        return address.substring(address.indexOf('@') + 1);
    }
}
