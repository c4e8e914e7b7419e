package kz.civicrelay.delivery.email;

import java.net.ConnectException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import jakarta.mail.MessagingException;

import org.eclipse.angus.mail.smtp.SMTPAddressFailedException;
import org.eclipse.angus.mail.smtp.SMTPSendFailedException;
import org.eclipse.angus.mail.smtp.SMTPSenderFailedException;
import org.jspecify.annotations.Nullable;
import org.springframework.mail.MailAuthenticationException;
import org.springframework.mail.MailException;
import org.springframework.mail.MailSendException;

import kz.civicrelay.delivery.send.Outcome;

/**
 * What a failed hand-over to the SMTP server means for the next attempt. The server refusing the recipient for
 * good (5xx to RCPT) or the mail itself (5xx after DATA) is permanent: the same mail to the same address will be
 * refused again. Everything else is retried: the server unreachable or too slow, a 4xx (try later), a refused
 * sender or credentials (the service's configuration, which an operator can fix). The reason names the SMTP code
 * but never repeats the server's reply, which may echo the address.
 */
final class SmtpFailures {

    private SmtpFailures() {
    }

    static Outcome.Failed of(MailException failure) {
        List<Throwable> causes = causes(failure);
        Optional<SMTPAddressFailedException> recipient = find(causes, SMTPAddressFailedException.class);
        if (recipient.isPresent()) {
            int code = recipient.get().getReturnCode();
            return code >= 500
                    ? new Outcome.Failed("The mail server refused the recipient address for good (SMTP " + code + ")", true)
                    : new Outcome.Failed("The mail server refused the recipient address for now (SMTP " + code
                            + "); will try again", false);
        }
        Optional<SMTPSenderFailedException> sender = find(causes, SMTPSenderFailedException.class);
        if (sender.isPresent()) {
            return new Outcome.Failed("The mail server refused the sender address (SMTP " + sender.get().getReturnCode()
                    + "); check relay.delivery.mail-from", false);
        }
        Optional<SMTPSendFailedException> refused = find(causes, SMTPSendFailedException.class);
        if (refused.isPresent()) {
            int code = refused.get().getReturnCode();
            return new Outcome.Failed("The mail server refused the mail (SMTP " + code + ")", code >= 500);
        }
        if (failure instanceof MailAuthenticationException) {
            return new Outcome.Failed("The mail server refused the service's credentials", false);
        }
        if (find(causes, SocketTimeoutException.class).isPresent()) {
            return new Outcome.Failed("The mail server did not answer in time", false);
        }
        if (find(causes, ConnectException.class).isPresent() || find(causes, UnknownHostException.class).isPresent()) {
            return new Outcome.Failed("The mail server could not be reached ("
                    + find(causes, java.io.IOException.class).map(Throwable::getMessage).orElse("no connection") + ")",
                    false);
        }
        return new Outcome.Failed("The mail could not be handed to the mail server (" + failure.getClass().getSimpleName()
                + ")", false);
    }

    /** The failure, each exception it wraps, and each mail's own failures, depth first. */
    private static List<Throwable> causes(MailException failure) {
        List<Throwable> all = new ArrayList<>();
        add(failure, all);
        if (failure instanceof MailSendException send) {
            for (Exception each : send.getMessageExceptions()) {
                add(each, all);
            }
        }
        return all;
    }

    private static void add(@Nullable Throwable throwable, List<Throwable> all) {
        for (Throwable t = throwable; t != null && !all.contains(t); t = next(t)) {
            all.add(t);
        }
    }

    private static @Nullable Throwable next(Throwable t) {
        if (t instanceof MessagingException messaging && messaging.getNextException() != null) {
            return messaging.getNextException();
        }
        return t.getCause();
    }

    private static <T> Optional<T> find(List<Throwable> causes, Class<T> type) {
        return causes.stream().filter(type::isInstance).map(type::cast).findFirst();
    }
}
