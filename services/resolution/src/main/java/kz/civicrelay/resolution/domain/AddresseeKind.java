package kz.civicrelay.resolution.domain;

import java.util.Arrays;

/** The kind of body a recommendation is addressed to. */
public enum AddresseeKind {
    REGIONAL_AKIMAT,
    DISTRICT_AND_CITY_AKIMATS,
    PUBLIC_COUNCILS,
    CIVIL_ALLIANCE,
    MINISTRY,
    PARLIAMENT,
    NGOS,
    BUSINESS,
    MEDIA,
    OTHER;

    /** The kind named {@code symbol}; {@link IllegalArgumentException} listing the known kinds otherwise. */
    public static AddresseeKind of(String symbol) {
        return Arrays.stream(values()).filter(kind -> kind.name().equals(symbol)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("Unknown addresseeKind " + symbol
                        + "; expected one of " + Arrays.toString(values())));
    }
}
