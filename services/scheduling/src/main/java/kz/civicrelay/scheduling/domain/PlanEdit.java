package kz.civicrelay.scheduling.domain;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

import kz.civicrelay.reference.Trilingual;

/**
 * What an edit of a forum's plan changes; what it leaves null stays as planned. {@code withoutDelegationQuota}
 * removes the plan's quota per delegation (a null {@code delegationQuota} alone leaves it as it is).
 */
public record PlanEdit(@Nullable Trilingual localTitle, @Nullable Trilingual theme, @Nullable Trilingual city,
        @Nullable Trilingual venue, @Nullable LocalDate startDate, @Nullable LocalDate endDate,
        @Nullable Integer capacity, @Nullable Boolean international, @Nullable Integer delegationQuota,
        boolean withoutDelegationQuota) {

    public PlanEdit {
        if (localTitle == null && theme == null && city == null && venue == null && startDate == null
                && endDate == null && capacity == null && international == null && delegationQuota == null
                && !withoutDelegationQuota) {
            throw new IllegalArgumentException("An edit of the plan must change something");
        }
        if (withoutDelegationQuota && delegationQuota != null) {
            throw new IllegalArgumentException("An edit either sets the delegation quota or removes it, not both");
        }
    }

    /** An edit that keeps any delegation quota the plan has unless it sets a new one. */
    public PlanEdit(@Nullable Trilingual localTitle, @Nullable Trilingual theme, @Nullable Trilingual city,
            @Nullable Trilingual venue, @Nullable LocalDate startDate, @Nullable LocalDate endDate,
            @Nullable Integer capacity, @Nullable Boolean international, @Nullable Integer delegationQuota) {
        this(localTitle, theme, city, venue, startDate, endDate, capacity, international, delegationQuota, false);
    }
}
