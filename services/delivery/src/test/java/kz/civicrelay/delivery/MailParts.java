package kz.civicrelay.delivery;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.util.List;

import jakarta.mail.BodyPart;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;

import org.jspecify.annotations.Nullable;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;

/** A real SMTP server for the tests (GreenMail, on a free loopback port), and the parts of the mails it received. */
public final class MailParts {

    private MailParts() {
    }

    /** An SMTP server started on a free port of the loopback address. */
    public static GreenMail startSmtp() {
        int port;
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            port = socket.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        GreenMail smtp = new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        smtp.start();
        return smtp;
    }

    /** Every text part of a mail, one after the other. */
    public static String text(Part part) throws MessagingException, IOException {
        Object content = part.getContent();
        if (content instanceof Multipart multipart) {
            StringBuilder all = new StringBuilder();
            for (int i = 0; i < multipart.getCount(); i++) {
                all.append(text(multipart.getBodyPart(i)));
            }
            return all.toString();
        }
        return content instanceof String text ? text : "";
    }

    /** The part with that {@code Content-ID} (e.g. {@code <check-in-qr>}), anywhere in the mail; null if none. */
    public static @Nullable BodyPart inline(Part part, String contentId) throws MessagingException, IOException {
        if (part.getContent() instanceof Multipart multipart) {
            for (int i = 0; i < multipart.getCount(); i++) {
                BodyPart child = multipart.getBodyPart(i);
                String[] ids = child.getHeader("Content-ID");
                if (ids != null && List.of(ids).contains(contentId)) {
                    return child;
                }
                BodyPart found = inline(child, contentId);
                if (found != null) {
                    return found;
                }
            }
        }
        return null;
    }
}
