package kz.civicrelay.registration.web;

import java.util.List;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import kz.civicrelay.registration.domain.ParticipantCategory;
import kz.civicrelay.registration.domain.Registrant;

/** A request for a seat. {@code category} is a ParticipantCategory symbol, {@code languages} kk, ru and/or en. */
record RegisterRequest(
        @NotBlank @Size(max = 200) String fullName,
        @NotBlank @Size(max = 300) String organisation,
        @NotBlank String category,
        @NotBlank String regionOfOrigin,
        @NotEmpty @Size(max = 3) List<@NotNull String> languages) {

    Registrant toDomain() {
        return new Registrant(fullName, organisation, ParticipantCategory.parse(category), regionOfOrigin, languages);
    }
}
