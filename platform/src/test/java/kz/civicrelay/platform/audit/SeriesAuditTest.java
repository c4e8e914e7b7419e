package kz.civicrelay.platform.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

import org.apache.avro.specific.SpecificRecord;
import org.junit.jupiter.api.Test;

import kz.civicrelay.events.Actor;
import kz.civicrelay.events.ActorKind;
import kz.civicrelay.events.BatonPassed;
import kz.civicrelay.events.ForumCompleted;
import kz.civicrelay.events.ForumPreparationOpened;
import kz.civicrelay.events.LocalizedText;
import kz.civicrelay.events.ResolutionAdopted;
import kz.civicrelay.events.SeriesCompleted;
import kz.civicrelay.events.SeriesPlanned;
import kz.civicrelay.platform.envelope.EnvelopeFactory;

class SeriesAuditTest {

    private static final String S = "audit";
    private static final List<String> FORUMS = List.of("audit-01-kz-33", "audit-02-kz-75", "audit-03-kz-71");
    private static final List<String> REGIONS = List.of("KZ-33", "KZ-75", "KZ-71");

    private final EnvelopeFactory envelopes = new EnvelopeFactory("test", Clock.systemUTC());
    private final Actor actor = new Actor(ActorKind.OPERATOR, "auditor-test", null, null);

    @Test
    void shouldFindNothingWrongWithAWholeSeries() {
        assertThat(SeriesAudit.findings(S, wholeSeries())).isEmpty();
    }

    @Test
    void shouldFindABatonPassedTwiceFromOneForum() {
        List<SpecificRecord> events = new ArrayList<>(wholeSeries());
        events.add(events.indexOf(events.stream().filter(e -> e instanceof BatonPassed).findFirst().orElseThrow()),
                baton(0, 1));

        assertThat(SeriesAudit.findings(S, events)).anySatisfy(f -> assertThat(f).contains("passed twice"));
    }

    @Test
    void shouldFindABatonThatSkippedTheNextHost() {
        List<SpecificRecord> events = List.of(planned(), opened(0), adopted(0), completed(0), baton(0, 2));

        assertThat(SeriesAudit.findings(S, events)).anySatisfy(f -> assertThat(f).contains("plan says audit-02"));
    }

    @Test
    void shouldFindACompletionBeforeAdoption() {
        List<SpecificRecord> events = List.of(planned(), opened(0), completed(0));

        assertThat(SeriesAudit.findings(S, events)).anySatisfy(f -> assertThat(f).contains("before its resolution"));
    }

    private List<SpecificRecord> wholeSeries() {
        List<SpecificRecord> events = new ArrayList<>(List.of(planned(), opened(0)));
        for (int i = 0; i < 3; i++) {
            events.add(adopted(i));
            events.add(completed(i));
            if (i < 2) {
                events.add(baton(i, i + 1));
                events.add(opened(i + 1));
            }
        }
        events.add(SeriesCompleted.newBuilder().setEnvelope(envelopes.forCommand(S, null, actor)).setForumCount(3)
                .setLastForumId(FORUMS.get(2)).setLastRegionCode("KZ-71").build());
        return events;
    }

    private SpecificRecord planned() {
        return SeriesPlanned.newBuilder().setEnvelope(envelopes.forCommand(S, null, actor))
                .setTitle(new LocalizedText("Эстафета", "Эстафета", "Relay")).setHostOrder(REGIONS).setForumIds(FORUMS)
                .build();
    }

    private SpecificRecord opened(int i) {
        return ForumPreparationOpened.newBuilder().setEnvelope(envelopes.forCommand(S, FORUMS.get(i), actor))
                .setPosition(i + 1).setRegionCode(REGIONS.get(i)).setPreviousRegionCode(null).build();
    }

    private SpecificRecord adopted(int i) {
        return ResolutionAdopted.newBuilder().setEnvelope(envelopes.forCommand(S, FORUMS.get(i), actor))
                .setResolutionId("res-" + i).setTitle(new LocalizedText("Қарар", "Резолюция", "Resolution"))
                .setRecommendationIds(List.of("r")).build();
    }

    private SpecificRecord completed(int i) {
        return ForumCompleted.newBuilder().setEnvelope(envelopes.forCommand(S, FORUMS.get(i), actor))
                .setPosition(i + 1).setRegionCode(REGIONS.get(i)).setResolutionId("res-" + i).build();
    }

    private SpecificRecord baton(int from, int to) {
        return BatonPassed.newBuilder().setEnvelope(envelopes.forCommand(S, FORUMS.get(to), actor))
                .setHandoffNumber(from + 1).setFromForumId(FORUMS.get(from)).setFromRegionCode(REGIONS.get(from))
                .setToForumId(FORUMS.get(to)).setToRegionCode(REGIONS.get(to)).setToPosition(to + 1).build();
    }
}
