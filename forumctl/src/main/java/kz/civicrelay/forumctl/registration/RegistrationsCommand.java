package kz.civicrelay.forumctl.registration;

import java.io.PrintWriter;
import java.util.concurrent.Callable;

import com.fasterxml.jackson.databind.JsonNode;

import kz.civicrelay.forumctl.auth.Session;
import kz.civicrelay.forumctl.delivery.Table;
import kz.civicrelay.forumctl.demo.RelayApi;
import kz.civicrelay.forumctl.demo.RelayApi.Reply;
import kz.civicrelay.forumctl.team.Problems;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * A forum's registration as the signed-in user sees it: the seats, who holds one, the waitlist in order and the
 * delegations by region ({@code GET /api/forums/{id}/registration}, {@code …/participants}, {@code …/delegations}).
 */
@Command(name = "registrations", mixinStandardHelpOptions = true,
        description = "Prints a forum's registration: seats taken and left, the waitlist in order, every registration "
                + "the signed-in user may see (operators: all; a region's team: its region's) and the delegations.")
public final class RegistrationsCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "FORUM", description = "The forum's id.")
    String forumId = "";

    @Option(names = "--registration", description = "Registration URL (default: ${DEFAULT-VALUE}).")
    String registration = "http://localhost:8082";

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        Session session = Session.stored();
        session.requireBearer();
        RelayApi api = new RelayApi(session::bearer);
        String base = (registration.endsWith("/") ? registration.substring(0, registration.length() - 1)
                : registration) + "/api/forums/" + forumId;
        Reply summary = api.get(base + "/registration");
        Reply participants = api.get(base + "/participants");
        if (summary.status() != 200 || participants.status() != 200) {
            spec.commandLine().getErr().println(Problems.describe(summary.status() != 200 ? summary : participants));
            return 1;
        }
        PrintWriter out = spec.commandLine().getOut();
        JsonNode s = summary.body();
        out.printf("%s: %s, %d of %d seats taken, %d left, %d waiting%s%n", forumId, s.path("status").asText(),
                s.path("registered").asInt(), s.path("capacity").asInt(), s.path("seatsLeft").asInt(),
                s.path("waiting").asInt(), s.path("delegationQuota").isInt()
                        ? ", each delegation at most " + s.path("delegationQuota").asInt() + " seats" : "");
        Table table = new Table("status", "#", "name", "organisation", "category", "region", "delegation", "id");
        for (JsonNode p : participants.body()) {
            table.row(p.path("status").asText(), p.path("waitlistPosition").isInt()
                    ? String.valueOf(p.path("waitlistPosition").asInt()) : "", p.path("fullName").asText(),
                    p.path("organisation").asText(), p.path("category").asText(), p.path("regionOfOrigin").asText(),
                    p.path("delegationId").isTextual() ? (p.path("delegationHead").asBoolean() ? "head" : "member")
                            : "", p.path("participantId").asText());
        }
        if (!table.isEmpty()) {
            out.print(table.render());
        }
        Reply delegations = api.get(base + "/delegations");
        if (delegations.status() == 200) {
            for (JsonNode d : delegations.body()) {
                out.printf("delegation of %s (%s): %d seat(s), head %s%n", d.path("regionCode").asText(),
                        d.path("region").path("kk").asText(), d.path("seats").asInt(),
                        d.path("head").path("fullName").asText("-"));
            }
        }
        out.println(participants.body().size() + " registration(s) shown");
        out.flush();
        return 0;
    }
}
