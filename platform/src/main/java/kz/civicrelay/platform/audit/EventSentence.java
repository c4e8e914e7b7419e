package kz.civicrelay.platform.audit;

import org.apache.avro.specific.SpecificRecord;

import kz.civicrelay.events.Envelope;
import kz.civicrelay.platform.envelope.Envelopes;
import kz.civicrelay.reference.Trilingual;

/**
 * An event as one short sentence a person reads, in Kazakh, Russian and English: who did what to which forum, e.g.
 * «Шымкент қаласы эстафетаны Жамбыл облысына табыстады» / «Город Шымкент передал эстафету Жамбылской области» /
 * "Shymkent passed the baton to Jambyl Region". The subject is the envelope's actor (a regional team by its region's
 * name, a service by its name, a person by display name) or, where the event says so, a region; the forum is named by
 * its host region in the case the sentence needs. Every event of the catalogue has its sentence; one not known reads
 * "<actor> recorded <Type>". A participant's name appears verbatim, so that the console can withhold it.
 */
public final class EventSentence {

    private static final SentenceRules RULES = HandoffSentences.describe(ResolutionSentences.describe(
            RegistrationSentences.describe(SeriesSentences.describe(new SentenceRules()))));

    private EventSentence() {
    }

    /** The event's sentence in kk, ru and en. */
    public static Trilingual of(SpecificRecord event) {
        Envelope envelope = Envelopes.of(event);
        Subject subject = Subject.of(envelope.getActor());
        SentenceRules.Sentence<SpecificRecord> sentence = RULES.of(event.getClass());
        return sentence == null ? recorded(event.getSchema().getName(), subject) : sentence.of(event, subject);
    }

    private static Trilingual recorded(String type, Subject s) {
        return Trilingual.of(s.kk() + " " + type + " оқиғасын жазды",
                s.ru() + " " + s.ru("записал", "записала") + " событие " + type,
                s.en() + " recorded " + type);
    }
}
