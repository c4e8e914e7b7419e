package kz.civicrelay.forumctl.delivery;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

import kz.civicrelay.forumctl.auth.Session;
import kz.civicrelay.forumctl.auth.SignedInUser;
import kz.civicrelay.forumctl.demo.RelayApi;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * What every delivery command needs: the signed-in user ({@code forumctl login}), whose token says who acts and for
 * which region, and where the delivery service answers.
 */
final class DeliveryOptions {

    /** The owner of the secretariat's subscriptions (operators). */
    static final String SECRETARIAT = "secretariat";
    private static final Pattern REGION = Pattern.compile("KZ-\\d{2}");

    @Option(names = "--delivery", description = "Delivery service URL (default: ${DEFAULT-VALUE}).")
    String delivery = "http://localhost:8085";

    @Spec(Spec.Target.MIXEE)
    @Nullable CommandSpec spec;

    /** The stored session; refuses plainly when nobody is signed in. */
    Session session() {
        Session session = Session.stored();
        session.requireBearer();
        return session;
    }

    RelayApi api(Session session) {
        return new RelayApi(session::bearer);
    }

    /** {@code path} on the delivery service, without a trailing slash doubled. */
    String url(String path) {
        return (delivery.endsWith("/") ? delivery.substring(0, delivery.length() - 1) : delivery) + path;
    }

    /** The region named, else the signed-in user's; empty for an operator or auditor who named none. */
    static Optional<String> region(@Nullable String named, Session session) {
        return named != null ? Optional.of(named) : session.user().map(SignedInUser::region);
    }

    /** A region code as ISO 3166-2:KZ writes it ({@code KZ-75}); refuses another, as a usage error. */
    String checkedRegion(String region, String option) {
        if (!REGION.matcher(region).matches()) {
            CommandSpec command = spec;
            String message = option + " takes a region code such as KZ-75, not '" + region + "'";
            if (command == null) {
                throw new IllegalArgumentException(message);
            }
            throw new ParameterException(command.commandLine(), message);
        }
        return region;
    }

    static String encoded(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
