package kz.civicrelay.registration.web;

import java.util.List;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

import kz.civicrelay.registration.domain.ParticipantCategory;
import kz.civicrelay.registration.domain.Registrant;

/**
 * A request for a seat. {@code category} is a ParticipantCategory symbol, {@code languages} kk, ru and/or en;
 * {@code email} (required when a person registers themself) and {@code phone} are how the person is reached.
 */
record RegisterRequest(
        @NotBlank @Size(max = 200) String fullName,
        @NotBlank @Size(max = 300) String organisation,
        @NotBlank String category,
        @NotBlank String regionOfOrigin,
        @NotEmpty @Size(max = 3) List<@NotNull String> languages,
        @Nullable @Size(max = 254) String email,
        @Nullable @Size(max = 32) String phone) {

    Registrant toDomain() {
        return Registrant.requested(fullName, organisation, ParticipantCategory.parse(category), regionOfOrigin,
                languages, email, phone);
    }
}
