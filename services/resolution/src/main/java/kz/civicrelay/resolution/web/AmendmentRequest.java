package kz.civicrelay.resolution.web;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

/** The new text of a recommendation. */
record AmendmentRequest(@NotNull @Valid TextDto text) {
}
