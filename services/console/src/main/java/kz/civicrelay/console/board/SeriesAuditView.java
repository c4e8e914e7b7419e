package kz.civicrelay.console.board;

import java.util.List;

/** The auditors' replay of a series: every event in append order (who did what, when) and the check's findings. */
public record SeriesAuditView(String seriesId, boolean inOrder, List<String> findings, List<EventEntry> events) {
}
