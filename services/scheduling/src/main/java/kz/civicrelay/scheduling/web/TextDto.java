package kz.civicrelay.scheduling.web;

import jakarta.validation.constraints.NotBlank;

import kz.civicrelay.reference.Trilingual;

/** Text in Kazakh, Russian and English. */
record TextDto(@NotBlank String kk, @NotBlank String ru, @NotBlank String en) {

    Trilingual toDomain() {
        return new Trilingual(kk, ru, en);
    }

    static TextDto of(Trilingual text) {
        return new TextDto(text.kk(), text.ru(), text.en());
    }
}
