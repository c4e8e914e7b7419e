package kz.civicrelay.forumctl.resolution;

import org.jspecify.annotations.Nullable;

import picocli.CommandLine.Option;

/** A command that shows what one forum's resolution says, in one language or all three. */
abstract class ForumReadCommand extends ForumCommand {

    @Option(names = "--lang", paramLabel = "kk|ru|en", description = "Only this language (default: all three).")
    @Nullable Language language;
}
