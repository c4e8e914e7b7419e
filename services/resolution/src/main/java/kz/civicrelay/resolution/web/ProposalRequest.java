package kz.civicrelay.resolution.web;

import org.jspecify.annotations.Nullable;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;

/**
 * A proposed recommendation: the kind of body addressed (an AddresseeKind symbol), its name and the text, and for a
 * regional body the region it is in (an ISO 3166-2:KZ code; that region's team reports the follow-up).
 */
record ProposalRequest(@NotBlank String addresseeKind, @NotNull @Valid TextDto addressee,
        @NotNull @Valid TextDto text, @Nullable String addresseeRegion) {
}
