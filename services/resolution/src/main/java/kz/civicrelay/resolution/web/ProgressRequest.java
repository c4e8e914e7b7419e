package kz.civicrelay.resolution.web;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * A follow-up report: the status (NOT_STARTED, IN_PROGRESS, DONE, DECLINED), the day it holds for (today in
 * Kazakhstan when not given) and a progress note as written (needed to decline).
 */
record ProgressRequest(@NotBlank String status, @Nullable LocalDate reportedOn, @Size(max = 2000) @Nullable String note) {
}
