package kz.civicrelay.console.board;

import static kz.civicrelay.console.ResolutionSamples.AKIMAT;
import static kz.civicrelay.console.ResolutionSamples.text;
import static kz.civicrelay.console.ResolutionSamples.vote;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import kz.civicrelay.console.ResolutionSamples;
import kz.civicrelay.console.SampleEvents;
import kz.civicrelay.events.AddresseeKind;
import kz.civicrelay.events.DocumentKind;
import kz.civicrelay.events.LocalizedText;
import kz.civicrelay.events.ResolutionAdopted;
import kz.civicrelay.platform.audit.EventLine;

/** Issue 13's events as the stream and timelines show them: each field readable, nested records included. */
class EventDetailsTest {

    private static final LocalizedText PARK = text("«Жасыл» саябақ — 2032 жыл", "Парк «Зелёный» — 2032 год",
            "The “Green” park — 2032");
    private final ResolutionSamples samples = new ResolutionSamples("series-details");

    @Test
    void shouldShowAFlatEventAsTheAuditLineDoes() {
        var proposed = samples.proposed(1, "rec-1", AddresseeKind.REGIONAL_AKIMAT, AKIMAT, PARK);
        var withdrawn = samples.withdrawn(1, "rec-2", "rec-1");
        var planned = new SampleEvents("series-details").planned();

        for (var event : List.of(proposed, withdrawn, planned, samples.appealChosen(1), samples.reordered(1,
                List.of("rec-2", "rec-1")))) {
            assertThat(EventLine.details(event)).doesNotContain("envelope=").doesNotContain("\\u");
        }
        assertThat(EventLine.details(withdrawn)).isEqualTo(
                "resolutionId=res-series-details-01-kz-33 recommendationId=rec-2 reason=Merged into rec-1 mergedInto=rec-1");
    }

    @Test
    void shouldShowTheVotesAndTheAdoptedTextsFieldByFieldWithDashesAndKazakhLettersIntact() {
        ResolutionAdopted adopted = samples.adopted(1, DocumentKind.APPEAL, vote(36, 1, 3),
                List.of(ResolutionSamples.adopted("rec-1", AddresseeKind.REGIONAL_AKIMAT, AKIMAT, PARK, 2)));
        adopted.setRecommendationsByAddressee(Map.of("REGIONAL_AKIMAT", 1, "MINISTRY", 0));

        String details = EventLine.details(adopted);

        assertThat(details).contains("vote={present=40 inFavour=36 against=1 abstained=3}")
                .contains("documentKind=APPEAL")
                .contains("recommendationsByAddressee={MINISTRY=0, REGIONAL_AKIMAT=1}")
                .contains("recommendations=[{recommendationId=rec-1 addresseeKind=REGIONAL_AKIMAT addressee=«Жетісу "
                        + "облысының әкімдігі / Акимат области Жетісу / Akimat of Jetisu Region» text=««Жасыл» саябақ — "
                        + "2032 жыл / Парк «Зелёный» — 2032 год / The “Green” park — 2032» revision=2 addresseeRegion=KZ-33}]");
        assertThat(EventLine.details(samples.voted(1, "rec-3", vote(10, 25, 5))))
                .endsWith("vote={present=40 inFavour=10 against=25 abstained=5} carried=false");
    }
}
