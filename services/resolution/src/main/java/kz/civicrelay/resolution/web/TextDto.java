package kz.civicrelay.resolution.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import kz.civicrelay.reference.Trilingual;

/** Text in Kazakh, Russian and English; none of the three may be blank. */
record TextDto(@NotBlank @Size(max = 4000) String kk, @NotBlank @Size(max = 4000) String ru,
        @NotBlank @Size(max = 4000) String en) {

    Trilingual toDomain() {
        return new Trilingual(kk, ru, en);
    }

    static TextDto of(Trilingual text) {
        return new TextDto(text.kk(), text.ru(), text.en());
    }
}
