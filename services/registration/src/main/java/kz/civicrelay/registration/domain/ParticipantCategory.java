package kz.civicrelay.registration.domain;

import java.util.Arrays;

/** The kind of body a participant represents (the same symbols as the wire's ParticipantCategory). */
public enum ParticipantCategory {
    NGO,
    VOLUNTEER_GROUP,
    CIVIL_ALLIANCE,
    STATE_BODY,
    BUSINESS,
    MEDIA,
    DEPUTY,
    PUBLIC_COUNCIL,
    YOUTH,
    RELIGIOUS_ASSOCIATION,
    ETHNOCULTURAL_ASSOCIATION,
    INTERNATIONAL_PARTNER,
    DIPLOMAT,
    OTHER;

    /** The category named by {@code symbol}; {@link IllegalArgumentException} listing the known ones otherwise. */
    public static ParticipantCategory parse(String symbol) {
        String wanted = symbol == null ? "" : symbol.strip();
        return Arrays.stream(values()).filter(c -> c.name().equals(wanted)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("Unknown participant category '" + symbol
                        + "'; expected one of " + Arrays.toString(values())));
    }
}
