package kz.civicrelay.forumctl.tail;

import java.util.Map;

import org.apache.avro.specific.SpecificRecord;

import kz.civicrelay.events.Envelope;
import kz.civicrelay.platform.audit.EventLine;
import kz.civicrelay.platform.audit.EventSentence;
import kz.civicrelay.platform.envelope.Envelopes;

/**
 * One event as {@code tail} prints it: the audit's {@link EventLine}, or with {@code --lang} its time and its
 * {@link EventSentence} in that language; in colour, the same words with the time dim,
 * the event's name bold in its service's colour (scheduling blue, registration green, resolution magenta, handoff
 * yellow, delivery bright blue) and the forum cyan.
 */
public final class EventText {

    static final String RESET = "\u001B[0m";
    static final String DIM = "\u001B[2m";
    static final String CYAN = "\u001B[36m";
    private static final Map<String, String> SERVICE_COLOURS = Map.of("scheduling", "34", "registration", "32",
            "resolution", "35", "handoff", "33", "delivery", "94");

    private EventText() {
    }

    public static String line(String topic, SpecificRecord event, boolean colour) {
        if (!colour) {
            return EventLine.of(topic, event);
        }
        Envelope envelope = Envelopes.of(event);
        String type = String.format("%-26s", event.getSchema().getName());
        String forum = envelope.getForumId() == null ? "-" : envelope.getForumId();
        return DIM + envelope.getOccurredAt() + RESET + " " + String.format("%-20s", topic) + " "
                + "\u001B[1;" + SERVICE_COLOURS.getOrDefault(envelope.getProducer(), "37") + "m" + type + RESET
                + " forum=" + CYAN + forum + RESET + " by=" + envelope.getActor().getKind() + ":"
                + envelope.getActor().getId() + " " + EventLine.details(event);
    }

    /**
     * The event's time and its sentence in {@code language}: {@code 2027-03-15T07:00:00Z Шымкент қаласы эстафетаны
     * Жамбыл облысына табыстады}; in colour the time dim.
     */
    public static String sentence(SpecificRecord event, SentenceLanguage language, boolean colour) {
        String time = Envelopes.of(event).getOccurredAt().toString();
        return (colour ? DIM + time + RESET : time) + " " + language.of(EventSentence.of(event));
    }
}
