package kz.civicrelay.forumctl.team;

import picocli.CommandLine.Option;

/** What every regional team's command needs: the team's region and where the handoff service answers. */
final class TeamOptions {

    @Option(names = "--region", required = true, description = "The team's region code, e.g. KZ-75.")
    String region;

    @Option(names = "--handoff", description = "Handoff service URL (default: ${DEFAULT-VALUE}).")
    String handoff = "http://localhost:8084";
}
