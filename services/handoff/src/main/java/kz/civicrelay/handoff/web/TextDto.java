package kz.civicrelay.handoff.web;

import kz.civicrelay.reference.Trilingual;

/** Text in Kazakh, Russian and English. */
record TextDto(String kk, String ru, String en) {

    static TextDto of(Trilingual text) {
        return new TextDto(text.kk(), text.ru(), text.en());
    }
}
