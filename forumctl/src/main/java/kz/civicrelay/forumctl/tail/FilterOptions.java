package kz.civicrelay.forumctl.tail;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import kz.civicrelay.platform.audit.EventFilter;
import picocli.CommandLine;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;

/** {@code tail}'s filters on the command line, the console's: see {@link EventFilter} for what each matches. */
public final class FilterOptions {

    private static final Pattern REGION = Pattern.compile("(?i)KZ-\\d{2}");

    @Option(names = "--series", split = ",", paramLabel = "ID", description = "Only this series.")
    List<String> series = new ArrayList<>();

    @Option(names = "--forum", split = ",", paramLabel = "ID", description = "Only events about this forum (also a "
            + "baton passed to it).")
    List<String> forums = new ArrayList<>();

    @Option(names = "--region", split = ",", paramLabel = "KZ-NN", description = "Only events of this region "
            + "(ISO 3166-2:KZ): a forum it hosts (ids ending in -kz-NN), an actor of its team, or the event's region "
            + "fields (host, baton from or to, notified region, a recommendation's addressee).")
    List<String> regions = new ArrayList<>();

    @Option(names = "--type", split = ",", paramLabel = "EVENT", description = "Only this event type, e.g. "
            + "BatonPassed.")
    List<String> types = new ArrayList<>();

    @Option(names = "--service", split = ",", paramLabel = "NAME", description = "Only events this service wrote "
            + "(scheduling, registration, resolution, handoff, delivery).")
    List<String> services = new ArrayList<>();

    @Option(names = "--actor", split = ",", paramLabel = "TEXT", description = "Only events of an actor whose id "
            + "or name contains TEXT.")
    List<String> actors = new ArrayList<>();

    @Option(names = "--grep", paramLabel = "TEXT", description = "Only events whose line contains TEXT (any field, "
            + "texts in kk, ru and en).")
    List<String> texts = new ArrayList<>();

    /** The filter these options ask for; a region that is no ISO 3166-2:KZ code is a usage error of {@code line}. */
    public EventFilter filter(CommandLine line) {
        for (String region : regions) {
            if (!REGION.matcher(region.strip()).matches()) {
                throw new ParameterException(line, "--region " + region + ": an ISO 3166-2:KZ code, e.g. KZ-33");
            }
        }
        return new EventFilter(series, forums, regions, types, services, actors, texts);
    }
}
