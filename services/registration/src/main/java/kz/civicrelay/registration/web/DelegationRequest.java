package kz.civicrelay.registration.web;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

import kz.civicrelay.registration.domain.ForumRegistration;
import kz.civicrelay.registration.domain.ParticipantCategory;
import kz.civicrelay.registration.domain.Registrant;

/**
 * A region's delegation as its team registers it: the members, the head marked (named when the delegation is
 * first registered; later requests add members). E-mail addresses and phones are optional here.
 */
record DelegationRequest(@NotBlank String regionCode, @NotEmpty @Size(max = 200) List<@Valid @NotNull Member> members) {

    record Member(
            @NotBlank @Size(max = 200) String fullName,
            @NotBlank @Size(max = 300) String organisation,
            @NotBlank String category,
            @NotEmpty @Size(max = 3) List<@NotNull String> languages,
            @Nullable @Size(max = 254) String email,
            @Nullable @Size(max = 32) String phone,
            @Nullable Boolean head) {
    }

    List<ForumRegistration.Member> toDomain() {
        List<ForumRegistration.Member> members = new ArrayList<>();
        for (Member m : this.members) {
            members.add(new ForumRegistration.Member(UUID.randomUUID().toString(), Registrant.requested(m.fullName(),
                    m.organisation(), ParticipantCategory.parse(m.category()), regionCode, m.languages(), m.email(),
                    m.phone()), Boolean.TRUE.equals(m.head())));
        }
        return members;
    }
}
