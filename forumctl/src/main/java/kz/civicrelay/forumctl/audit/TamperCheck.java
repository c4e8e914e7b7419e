package kz.civicrelay.forumctl.audit;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

import kz.civicrelay.events.Actor;
import kz.civicrelay.events.ActorKind;
import kz.civicrelay.platform.envelope.EnvelopeFactory;
import kz.civicrelay.platform.transparency.CheckpointLedger;
import kz.civicrelay.platform.transparency.LogAudit;

/**
 * The audit's tamper-evidence check (decision 0022): every signed checkpoint on {@code relay.audit} verified against
 * the log as it is now, as {@code forumctl checkpoint --verify-only} does, and nothing appended. A finding names the
 * first partition and offset that differ. Without a verifier key, or before any checkpoint, it says it checked
 * nothing — never that the log is intact.
 */
public final class TamperCheck {

    public static final String CHECK = "the log is as its signed checkpoints say (RFC 9162 Merkle trees, C2SP notes)";
    static final String NO_KEY = "not checked: no verifier key (run forumctl checkpoint once, or give --verifier-key)";
    static final String NO_CHECKPOINT = "not checked: no checkpoint on relay.audit yet (run forumctl checkpoint)";

    private TamperCheck() {
    }

    /** Verifies the checkpoints of {@code topics}' partitions with {@code verifierKey} (null: none to verify with). */
    public static SeriesReport.Finding run(Map<String, Object> client, List<String> topics, String logName,
            @Nullable String verifierKey) {
        if (verifierKey == null) {
            return new SeriesReport.Finding(CHECK, NO_KEY, List.of(), List.of());
        }
        List<LogAudit.Outcome> outcomes = LogAudit.run(client, topics, verifierKey, null, logName,
                new EnvelopeFactory("forumctl", Clock.systemUTC()).forCommand("relay", null,
                        new Actor(ActorKind.AUDITOR, "forumctl-audit", null, null)));
        return of(outcomes);
    }

    /** What the outcomes of a verification say, as a finding: each partition's first difference, if any. */
    static SeriesReport.Finding of(List<LogAudit.Outcome> outcomes) {
        List<String> problems = new ArrayList<>();
        long verified = 0;
        int checkpointed = 0;
        for (LogAudit.Outcome outcome : outcomes) {
            verified += outcome.verifiedSize();
            checkpointed += outcome.verifiedSize() > 0 || !outcome.findings().isEmpty() ? 1 : 0;
            for (CheckpointLedger.Finding finding : outcome.findings()) {
                problems.add(finding.toString());
            }
        }
        if (problems.isEmpty() && checkpointed == 0) {
            return new SeriesReport.Finding(CHECK, NO_CHECKPOINT, List.of(), List.of());
        }
        if (!problems.isEmpty()) {
            return new SeriesReport.Finding(CHECK, SeriesReport.Finding.FAIL, problems, List.of());
        }
        return new SeriesReport.Finding(CHECK, SeriesReport.Finding.PASS, List.of(checkpointed + " partitions, "
                + verified + " checkpointed records verified"), List.of());
    }
}
