package kz.civicrelay.forumctl.delivery;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;

import org.jspecify.annotations.Nullable;

import kz.civicrelay.forumctl.auth.Session;
import kz.civicrelay.forumctl.demo.RelayApi.Reply;
import kz.civicrelay.forumctl.team.Problems;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * Subscribes an e-mail address or a webhook to a region's notifications (or the secretariat's): {@code POST
 * /api/subscriptions}. A webhook's signing secret is shown here once.
 */
@Command(name = "subscribe", mixinStandardHelpOptions = true,
        description = "Subscribes an e-mail address or a webhook to the notifications of the signed-in team's region "
                + "(forumctl login), of another region (operators), or of the secretariat. A webhook's signing secret "
                + "is printed once: keep it.")
public final class SubscribeCommand implements Callable<Integer> {

    static final Set<String> LANGUAGES = Set.of("kk", "ru", "en");

    /** Exactly one of the two. */
    static final class Channel {
        @Option(names = "--email", paramLabel = "ADDRESS", required = true, description = "An e-mail address.")
        @Nullable String email;

        @Option(names = "--webhook", paramLabel = "URL", required = true,
                description = "A URL that takes a signed POST for each notification.")
        @Nullable String webhook;
    }

    /** At most one of the two; neither: the signed-in team's region. */
    static final class Owner {
        @Option(names = "--region", paramLabel = "KZ-NN", description = "The region whose notifications to receive "
                + "(default: the signed-in team's).")
        @Nullable String region;

        @Option(names = "--secretariat", description = "The secretariat's notifications (operators).")
        boolean secretariat;
    }

    @ArgGroup(exclusive = true, multiplicity = "1")
    @Nullable Channel channel;

    @ArgGroup(exclusive = true, multiplicity = "0..1")
    @Nullable Owner owner;

    @Option(names = "--languages", split = ",", paramLabel = "kk,ru,en",
            description = "The languages of the messages, of kk, ru, en (default: all three).")
    List<String> languages = new ArrayList<>(List.of("kk", "ru", "en"));

    @Mixin
    DeliveryOptions options;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        Session session = options.session();
        Reply reply = options.api(session).post(options.url("/api/subscriptions"), body(session));
        if (reply.status() != 201 && reply.status() != 200) {
            spec.commandLine().getErr().println(Problems.describe(reply));
            return 1;
        }
        PrintWriter out = spec.commandLine().getOut();
        out.println("Subscribed: " + Subscriptions.describe(reply.body()));
        if (reply.body().hasNonNull("secret")) {
            out.println("Signing secret of this webhook (shown this once; keep it where the webhook can check each "
                    + "request's signature with it; a new one: forumctl rotate-secret " + Subscriptions.id(reply.body())
                    + "):");
            out.println("  " + reply.body().path("secret").asText());
        }
        out.flush();
        return 0;
    }

    /** The request's body: {@code {owner, channel, address, languages}}, as the options and the session name them. */
    Map<String, Object> body(Session session) {
        Channel chosen = channel;
        if (chosen == null) {
            throw usage("Name --email ADDRESS or --webhook URL");
        }
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("owner", owner(session));
        String email = chosen.email;
        String webhook = chosen.webhook;
        if (email != null) {
            body.put("channel", "email");
            body.put("address", email);
        } else if (webhook != null) {
            body.put("channel", "webhook");
            body.put("address", webhook);
        }
        body.put("languages", languages());
        return body;
    }

    private String owner(Session session) {
        Owner named = owner;
        if (named != null && named.secretariat) {
            return DeliveryOptions.SECRETARIAT;
        }
        String region = DeliveryOptions.region(named == null ? null : named.region, session)
                .orElseThrow(() -> usage("Name --region KZ-NN or --secretariat: the signed-in user has no region"));
        return options.checkedRegion(region, "--region");
    }

    private List<String> languages() {
        List<String> chosen = new ArrayList<>();
        for (String language : languages) {
            String code = language.strip();
            if (!LANGUAGES.contains(code)) {
                throw usage("--languages takes kk, ru and en, not '" + language + "'");
            }
            if (!chosen.contains(code)) {
                chosen.add(code);
            }
        }
        if (chosen.isEmpty()) {
            throw usage("--languages names at least one of kk, ru, en");
        }
        return chosen;
    }

    private ParameterException usage(String message) {
        return new ParameterException(spec.commandLine(), message);
    }
}
