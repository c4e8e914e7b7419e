package kz.civicrelay.scheduling.web;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.jspecify.annotations.Nullable;

import kz.civicrelay.scheduling.domain.PlannedForum;
import kz.civicrelay.scheduling.domain.Programme;
import kz.civicrelay.scheduling.domain.ProposedSession;
import kz.civicrelay.scheduling.domain.SeriesPlan;

/** The organisers' plan: forums listed in the order the baton travels. */
record PlanRequest(
        @NotBlank @Pattern(regexp = "[a-z0-9][a-z0-9-]{1,62}") String seriesId,
        @NotNull @Valid TextDto title,
        @NotEmpty @Size(max = 20) List<@Valid @NotNull ForumPlan> forums) {

    record ForumPlan(
            @NotBlank @Pattern(regexp = "KZ-\\d{2}") String regionCode,
            @NotNull @Valid TextDto localTitle,
            @NotNull @Valid TextDto theme,
            @NotNull @Valid TextDto city,
            @NotNull @Valid TextDto venue,
            @NotNull LocalDate startDate,
            @NotNull LocalDate endDate,
            @Min(1) int capacity,
            boolean international,
            @Nullable @Min(1) Integer delegationQuota,
            @Nullable @Size(max = Programme.MAX_SESSIONS) List<@Valid @NotNull SessionRequest> programme) {
    }

    SeriesPlan toDomain() {
        List<PlannedForum> planned = new java.util.ArrayList<>();
        Map<String, List<ProposedSession>> programmes = new HashMap<>();
        for (int i = 0; i < forums.size(); i++) {
            ForumPlan f = forums.get(i);
            int position = i + 1;
            planned.add(new PlannedForum(SeriesPlan.forumId(seriesId, position, f.regionCode()), position,
                    f.regionCode(), f.localTitle().toDomain(), f.theme().toDomain(), f.city().toDomain(),
                    f.venue().toDomain(), f.startDate(), f.endDate(), f.capacity(), f.international(),
                    f.delegationQuota()));
            List<SessionRequest> programme = f.programme();
            if (programme != null) {
                programmes.put(planned.get(i).forumId(), programme.stream().map(SessionRequest::toDomain).toList());
            }
        }
        return new SeriesPlan(seriesId, title.toDomain(), planned, programmes);
    }
}
