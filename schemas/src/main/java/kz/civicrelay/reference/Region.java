package kz.civicrelay.reference;

/** A top-level region of Kazakhstan (ISO 3166-2:KZ code after the 2022 reform). */
public record Region(String code, Trilingual name, Trilingual centre) {
}
