package kz.civicrelay.forumctl;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The operators' and auditors' command line: {@code forumctl up}, and more as the relay grows. */
@Command(name = "forumctl", mixinStandardHelpOptions = true, version = "forumctl 0.1.0",
        description = "Runs and drives the relay of 20 regional civic forums.",
        subcommands = {UpCommand.class, DemoCommand.class, TailCommand.class, AuditCommand.class})
public final class ForumCtl {

    public static void main(String[] args) {
        System.setOut(new PrintStream(System.out, true, StandardCharsets.UTF_8));
        System.setErr(new PrintStream(System.err, true, StandardCharsets.UTF_8));
        System.exit(new CommandLine(new ForumCtl()).execute(args));
    }
}
