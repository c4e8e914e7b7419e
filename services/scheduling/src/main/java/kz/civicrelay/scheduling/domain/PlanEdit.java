package kz.civicrelay.scheduling.domain;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

import kz.civicrelay.reference.Trilingual;

/** What an edit of a forum's plan changes; what it leaves null stays as planned. */
public record PlanEdit(@Nullable Trilingual localTitle, @Nullable Trilingual theme, @Nullable Trilingual city,
        @Nullable Trilingual venue, @Nullable LocalDate startDate, @Nullable LocalDate endDate,
        @Nullable Integer capacity, @Nullable Boolean international, @Nullable Integer delegationQuota) {

    public PlanEdit {
        if (localTitle == null && theme == null && city == null && venue == null && startDate == null
                && endDate == null && capacity == null && international == null && delegationQuota == null) {
            throw new IllegalArgumentException("An edit of the plan must change something");
        }
    }
}
