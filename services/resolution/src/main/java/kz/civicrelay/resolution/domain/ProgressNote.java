package kz.civicrelay.resolution.domain;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/** A follow-up report on an adopted recommendation: its status as of a day, the note as written, who and when. */
public record ProgressNote(FollowUpStatus status, LocalDate reportedOn, @Nullable String note, Authorship by) {
}
