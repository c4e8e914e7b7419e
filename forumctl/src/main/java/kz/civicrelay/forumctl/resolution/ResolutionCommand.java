package kz.civicrelay.forumctl.resolution;

import picocli.CommandLine.Command;

/**
 * {@code forumctl resolution …}: a forum's resolution, on the resolution service ({@code --resolution URL} on each
 * subcommand). The series-wide follow-up table is {@code forumctl followup}.
 */
@Command(name = "resolution", mixinStandardHelpOptions = true,
        description = "A forum's resolution: show it, its recommendations' revisions and word diffs; choose its kind, "
                + "merge and reorder (editors, operators); record the plenary's votes and adopt it (operators); export "
                + "it as Markdown or PDF; report the follow-up (operators, regional teams) and list what earlier "
                + "forums left open.",
        subcommands = {ShowCommand.class, RevisionsCommand.class, DiffCommand.class, KindCommand.class,
                MergeCommand.class, ReorderCommand.class, VoteCommand.class, AdoptCommand.class, ExportCommand.class,
                ProgressCommand.class, OpenBeforeCommand.class})
public final class ResolutionCommand {
}
