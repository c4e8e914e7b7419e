package kz.civicrelay.scheduling.web;

import java.time.LocalDate;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Min;

import org.jspecify.annotations.Nullable;

import kz.civicrelay.scheduling.domain.PlanEdit;

/**
 * What an operator changes in a forum's plan; what is left out stays as planned. {@code withoutDelegationQuota: true}
 * removes the plan's quota per delegation.
 */
record PlanEditRequest(@Nullable @Valid TextDto localTitle, @Nullable @Valid TextDto theme,
        @Nullable @Valid TextDto city, @Nullable @Valid TextDto venue, @Nullable LocalDate startDate,
        @Nullable LocalDate endDate, @Nullable @Min(1) Integer capacity, @Nullable Boolean international,
        @Nullable @Min(1) Integer delegationQuota, @Nullable Boolean withoutDelegationQuota) {

    PlanEdit toDomain() {
        return new PlanEdit(localTitle == null ? null : localTitle.toDomain(), theme == null ? null : theme.toDomain(),
                city == null ? null : city.toDomain(), venue == null ? null : venue.toDomain(), startDate, endDate,
                capacity, international, delegationQuota,
                Boolean.TRUE.equals(withoutDelegationQuota));
    }
}
