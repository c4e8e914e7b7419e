package kz.civicrelay.scheduling.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import kz.civicrelay.reference.Trilingual;
import kz.civicrelay.scheduling.domain.Series;

/** Why an operator suspends or closes a series, in Kazakh, Russian and English: each given, at most 500 characters. */
record ReasonText(@NotBlank @Size(max = Series.MAX_REASON) String kk, @NotBlank @Size(max = Series.MAX_REASON) String ru,
        @NotBlank @Size(max = Series.MAX_REASON) String en) {

    Trilingual toDomain() {
        return new Trilingual(kk, ru, en);
    }
}
