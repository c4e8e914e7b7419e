package kz.civicrelay.forumctl.audit;

import java.util.ArrayList;
import java.util.List;

import org.apache.avro.specific.SpecificRecord;

import kz.civicrelay.forumctl.audit.SeriesReport.Finding;
import kz.civicrelay.platform.audit.SeriesAudit;

/**
 * Every check of the audit, each passed or failed (or not checkable by the auditor's principal) with the events
 * involved: the relay's five rules ({@link SeriesAudit}), then {@link RelayChecks} and {@link LogChecks}.
 */
final class AuditChecks {

    private AuditChecks() {
    }

    static List<Finding> run(String seriesId, AuditLog log, AsOfState state) {
        List<SpecificRecord> events = log.events().stream().map(LoggedEvent::event).toList();
        List<String> relayRules = SeriesAudit.findings(seriesId, events);
        List<Finding> findings = new ArrayList<>();
        findings.add(of("relay rules: baton in plan order, never twice; each preparation once; completion only after"
                + " adoption; one SeriesCompleted; nothing while suspended or after closing early", relayRules,
                List.of()));
        findings.addAll(RelayChecks.run(seriesId, log, state));
        findings.addAll(LogChecks.run(log));
        return findings;
    }

    /** A finding that passes when {@code problems} is empty. */
    static Finding of(String check, List<String> problems, List<String> events) {
        return new Finding(check, problems.isEmpty() ? Finding.PASS : Finding.FAIL, problems, events);
    }
}
