package kz.civicrelay.forumctl;

import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;

import kz.civicrelay.forumctl.auth.LoginCommand;
import kz.civicrelay.forumctl.auth.LogoutCommand;
import kz.civicrelay.forumctl.auth.TokenCommand;
import kz.civicrelay.forumctl.auth.WhoamiCommand;
import kz.civicrelay.forumctl.delivery.DeliveriesCommand;
import kz.civicrelay.forumctl.delivery.RotateSecretCommand;
import kz.civicrelay.forumctl.delivery.SubscribeCommand;
import kz.civicrelay.forumctl.delivery.SubscriptionsCommand;
import kz.civicrelay.forumctl.delivery.UnsubscribeCommand;
import kz.civicrelay.forumctl.team.AckCommand;
import kz.civicrelay.forumctl.team.InboxCommand;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The command line of operators, auditors and regional teams: up, status, demo, tail, audit, inbox, ack; notification
 * delivery: subscribe, subscriptions, unsubscribe, rotate-secret, deliveries; a forum's resolution and its follow-up:
 * resolution, followup; the relay's own meters: metrics; and signing in: login, token, whoami, logout.
 */
@Command(name = "forumctl", mixinStandardHelpOptions = true, version = "forumctl 0.1.0",
        description = "Runs and drives the relay of 20 regional civic forums.",
        subcommands = {UpCommand.class, StatusCommand.class, DemoCommand.class, TailCommand.class, AuditCommand.class,
                CheckpointCommand.class, ProveCommand.class, InboxCommand.class,
                AckCommand.class, LoginCommand.class, TokenCommand.class, WhoamiCommand.class, LogoutCommand.class,
                SubscribeCommand.class, SubscriptionsCommand.class, UnsubscribeCommand.class, RotateSecretCommand.class,
                DeliveriesCommand.class, kz.civicrelay.forumctl.series.SeriesCommand.class,
                kz.civicrelay.forumctl.registration.RegistrationsCommand.class,
                kz.civicrelay.forumctl.programme.ProgrammeCommand.class, kz.civicrelay.forumctl.programme.PlanCommand.class,
                kz.civicrelay.forumctl.programme.CalendarCommand.class,
                kz.civicrelay.forumctl.resolution.ResolutionCommand.class,
                kz.civicrelay.forumctl.resolution.FollowUpCommand.class, KafkaSecretsCommand.class,
                KafkaSetupCommand.class, kz.civicrelay.forumctl.metrics.MetricsCommand.class})
public final class ForumCtl {

    public static void main(String[] args) {
        System.setOut(new PrintStream(System.out, true, StandardCharsets.UTF_8));
        System.setErr(new PrintStream(System.err, true, StandardCharsets.UTF_8));
        System.exit(commandLine()
                .setOut(new PrintWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8), true))
                .setErr(new PrintWriter(new OutputStreamWriter(System.err, StandardCharsets.UTF_8), true))
                .execute(args));
    }

    /**
     * The command line; a service that cannot be reached or answers unexpectedly is reported in one
     * line (exit code 2), not with a stack trace.
     */
    public static CommandLine commandLine() {
        return new CommandLine(new ForumCtl()).setCaseInsensitiveEnumValuesAllowed(true).setExecutionExceptionHandler((e, cmd, parsed) -> {
            if (!(e instanceof IllegalStateException)) {
                throw e;
            }
            cmd.getErr().println(e.getMessage());
            return 2;
        });
    }
}
