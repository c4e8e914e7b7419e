package kz.civicrelay.resolution.web;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;

/** A proposed recommendation: the kind of body addressed (an AddresseeKind symbol), its name and the text. */
record ProposalRequest(@NotBlank String addresseeKind, @NotNull @Valid TextDto addressee,
        @NotNull @Valid TextDto text) {
}
