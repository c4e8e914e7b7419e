package kz.civicrelay.console.board;

import java.util.List;

/**
 * The auditors' replay of a series: every event in the order it happened (who did what, when; events of
 * the same instant by topic, partition and offset) and the check's findings.
 */
public record SeriesAuditView(String seriesId, boolean inOrder, List<String> findings, List<EventEntry> events) {
}
