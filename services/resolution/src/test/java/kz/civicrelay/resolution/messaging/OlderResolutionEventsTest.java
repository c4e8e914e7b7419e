package kz.civicrelay.resolution.messaging;

import static kz.civicrelay.resolution.messaging.OlderResolutionRecords.AT;
import static kz.civicrelay.resolution.messaging.OlderResolutionRecords.EDITOR;
import static kz.civicrelay.resolution.messaging.OlderResolutionRecords.FORUM;
import static kz.civicrelay.resolution.messaging.OlderResolutionRecords.SERIES;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.apache.avro.specific.SpecificRecord;
import org.junit.jupiter.api.Test;

import kz.civicrelay.events.Envelope;
import kz.civicrelay.reference.Trilingual;
import kz.civicrelay.resolution.domain.AddresseeKind;
import kz.civicrelay.resolution.domain.AdoptedText;
import kz.civicrelay.resolution.domain.Authorship;
import kz.civicrelay.resolution.domain.DocumentKind;
import kz.civicrelay.resolution.domain.ForumResolutions;
import kz.civicrelay.resolution.domain.Recommendation;
import kz.civicrelay.resolution.domain.RecommendationStatus;
import kz.civicrelay.resolution.domain.Resolution;
import kz.civicrelay.resolution.domain.ResolutionEvent;
import kz.civicrelay.resolution.domain.ResolutionStatus;
import kz.civicrelay.resolution.domain.ScheduledForum;
import kz.civicrelay.schemas.serde.AvroEventDeserializer;

/**
 * A resolution drafted and adopted before issue 13 (its events in the schema versions of then) reads right today:
 * decoded, converted and folded, it is an adopted resolution whose text is the recommendations its adoption named, with
 * the content hash recorded then.
 */
class OlderResolutionEventsTest {

    private static final String RESOLUTION = "res-" + FORUM;
    private static final Trilingual TITLE = Trilingual.of("II Азаматтық форум қарары: ә ғ қ ң ө ұ ү һ і",
            "Резолюция: II Гражданский форум", "Resolution of II Civil Forum");
    private static final Trilingual AKIMAT = Trilingual.of("Жетісу облысының әкімдігі", "Акимат области Жетісу",
            "Akimat of Jetisu Region");
    private static final Trilingual MINISTRY = Trilingual.of("Білім министрлігі", "Министерство просвещения",
            "Ministry of Education");
    private static final Trilingual MEDIA = Trilingual.of("БАҚ", "СМИ", "Media");
    private static final Trilingual GRANTS = Trilingual.of("Әлеуметтік жобаларды үш жыл қаржыландыру",
            "Финансировать социальные проекты три года", "Fund social projects for three years");
    private static final Trilingual SCHOOLS = Trilingual.of("Ауыл мектептеріне қаржы бөлу",
            "Выделить средства сельским школам", "Fund rural schools");
    private static final Trilingual COVERAGE = Trilingual.of("Форум туралы қазақ тілінде хабарлау: ғ ң ұ һ",
            "Освещать форум на казахском языке", "Cover the forum in Kazakh");

    private final AvroEventDeserializer deserializer = new AvroEventDeserializer();
    private final ForumResolutions resolutions = new ForumResolutions();

    @Test
    void shouldFoldAResolutionAdoptedBeforeItsRecommendationsWereFrozenIntoTheOnesItsIdsName() {
        String recordedHash = new AdoptedText(RESOLUTION, TITLE, List.of(adopted("rec-1", AddresseeKind.REGIONAL_AKIMAT,
                AKIMAT, GRANTS), adopted("rec-3", AddresseeKind.MEDIA, MEDIA, COVERAGE))).contentHash();

        foldOlderDraftAdoptedAs(recordedHash);

        Resolution resolution = resolutions.resolutionOf(FORUM).orElseThrow();
        assertThat(resolution.status()).isEqualTo(ResolutionStatus.ADOPTED);
        assertThat(resolution.kind()).isEqualTo(DocumentKind.RESOLUTION);
        assertThat(resolution.title()).isEqualTo(TITLE);
        assertThat(resolution.inText()).extracting(Recommendation::recommendationId).containsExactly("rec-1", "rec-3");
        assertThat(resolution.inText()).extracting(Recommendation::text).containsExactly(GRANTS, COVERAGE);
        assertThat(resolution.recommendations()).allSatisfy(r -> assertThat(r.addresseeRegion()).isNull());
        assertThat(resolution.recommendation("rec-2").status()).isEqualTo(RecommendationStatus.WITHDRAWN);
        assertThat(resolution.recommendation("rec-2").mergedInto()).isNull();
        assertThat(resolution.adoption().orElseThrow().vote()).isNull();
        assertThat(resolution.revisions("rec-1")).singleElement()
                .satisfies(r -> assertThat(r.by()).isEqualTo(new Authorship("editor-kz-33", EDITOR, AT)));
    }

    @Test
    void shouldRecomputeTheContentHashTheOlderAdoptionRecorded() {
        String recordedHash = new AdoptedText(RESOLUTION, TITLE, List.of(adopted("rec-1", AddresseeKind.REGIONAL_AKIMAT,
                AKIMAT, GRANTS), adopted("rec-3", AddresseeKind.MEDIA, MEDIA, COVERAGE))).contentHash();

        foldOlderDraftAdoptedAs(recordedHash);

        Resolution resolution = resolutions.resolutionOf(FORUM).orElseThrow();
        assertThat(resolution.adoption().orElseThrow().contentHash()).isEqualTo(recordedHash);
        assertThat(AdoptedText.of(resolution).contentHash()).isEqualTo(recordedHash);
    }

    @Test
    void shouldFollowUpTheRecommendationsAnOlderAdoptionNamed() {
        foldOlderDraftAdoptedAs("0f".repeat(32));

        assertThat(resolutions.followUp(SERIES)).extracting(row -> row.recommendationId() + " " + row.status())
                .containsExactly("rec-1 NOT_STARTED", "rec-3 NOT_STARTED");
    }

    @Test
    void shouldConvertAnOlderAdoptionWithNothingFrozenNoVoteAndTheKindOfThen() {
        ResolutionEvent.ResolutionAdopted adoption = (ResolutionEvent.ResolutionAdopted) decode(
                OlderResolutionRecords.adopted(RESOLUTION, TITLE, List.of("rec-1"), "0f".repeat(32),
                        Map.of("REGIONAL_AKIMAT", 1)));

        assertThat(adoption.adopted()).isEmpty();
        assertThat(adoption.vote()).isNull();
        assertThat(adoption.kind()).isEqualTo(DocumentKind.RESOLUTION);
        assertThat(adoption.recommendationsByAddressee()).containsExactly(Map.entry(AddresseeKind.REGIONAL_AKIMAT, 1));
        assertThat(adoption.title().kk()).isEqualTo(TITLE.kk());
    }

    /** Three proposals, the second withdrawn, the first and third adopted: every event as written back then. */
    private void foldOlderDraftAdoptedAs(String contentHash) {
        resolutions.forumScheduled(new ScheduledForum(FORUM, SERIES, 1, "KZ-33",
                Trilingual.of("II Азаматтық форум", "II Гражданский форум", "II Civil Forum"),
                Trilingual.of("Жергілікті өзін-өзі басқару", "Местное самоуправление", "Local self-government")));
        for (byte[] bytes : List.of(
                OlderResolutionRecords.draftOpened(RESOLUTION, TITLE),
                OlderResolutionRecords.proposed(RESOLUTION, "rec-1", "REGIONAL_AKIMAT", AKIMAT, GRANTS),
                OlderResolutionRecords.proposed(RESOLUTION, "rec-2", "MINISTRY", MINISTRY, SCHOOLS),
                OlderResolutionRecords.proposed(RESOLUTION, "rec-3", "MEDIA", MEDIA, COVERAGE),
                OlderResolutionRecords.withdrawn(RESOLUTION, "rec-2", "Келесі форумға қалдырылды"),
                OlderResolutionRecords.adopted(RESOLUTION, TITLE, List.of("rec-1", "rec-3"), contentHash,
                        Map.of("REGIONAL_AKIMAT", 1, "MEDIA", 1)))) {
            SpecificRecord record = deserializer.deserialize("relay.resolution", bytes);
            Envelope envelope = (Envelope) record.get(0);
            resolutions.apply(ResolutionAvro.fromAvro(record).orElseThrow(), new Authorship(
                    envelope.getActor().getId(), envelope.getActor().getDisplayName(), envelope.getOccurredAt()));
        }
    }

    private ResolutionEvent decode(byte[] bytes) {
        return ResolutionAvro.fromAvro(deserializer.deserialize("relay.resolution", bytes)).orElseThrow();
    }

    private static Recommendation adopted(String id, AddresseeKind kind, Trilingual addressee, Trilingual text) {
        return new Recommendation(id, kind, addressee, text, 1, RecommendationStatus.ACTIVE, null, null);
    }
}
