package kz.civicrelay.platform.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.apache.avro.specific.SpecificRecord;
import org.junit.jupiter.api.Test;

import kz.civicrelay.events.Actor;
import kz.civicrelay.events.ActorKind;
import kz.civicrelay.events.BatonPassed;
import kz.civicrelay.events.Envelope;
import kz.civicrelay.events.ForumConvened;
import kz.civicrelay.events.ForumCompleted;
import kz.civicrelay.events.ForumPreparationOpened;
import kz.civicrelay.events.ForumProgrammeSet;
import kz.civicrelay.events.ForumScheduled;
import kz.civicrelay.events.LocalizedText;
import kz.civicrelay.events.ResolutionAdopted;
import kz.civicrelay.events.SeriesClosedEarly;
import kz.civicrelay.events.SeriesCompleted;
import kz.civicrelay.events.SeriesPlanned;
import kz.civicrelay.events.SeriesResumed;
import kz.civicrelay.events.SeriesSuspended;
import kz.civicrelay.platform.envelope.EnvelopeFactory;

class SeriesAuditTest {

    private static final String S = "audit";
    private static final Instant LATER = Instant.now().plusSeconds(600).truncatedTo(java.time.temporal.ChronoUnit.SECONDS);
    private static final List<String> FORUMS = List.of("audit-01-kz-33", "audit-02-kz-75", "audit-03-kz-71");
    private static final List<String> REGIONS = List.of("KZ-33", "KZ-75", "KZ-71");

    private final EnvelopeFactory envelopes = new EnvelopeFactory("test", Clock.systemUTC());
    private final Actor actor = new Actor(ActorKind.OPERATOR, "auditor-test", "Аудитор", null);

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
    void shouldFindAPlanOrProgrammeChangedAfterTheForumsPreparationOpened() {
        List<SpecificRecord> events = List.of(planned(), scheduled(1), programme(1), opened(0), adopted(0),
                completed(0), baton(0, 1), opened(1), programme(1), scheduled(1));

        assertThat(SeriesAudit.findings(S, events)).containsExactly(
                "Programme of audit-02-kz-75 changed after its preparation opened",
                "Plan of audit-02-kz-75 changed after its preparation opened");
    }

    @Test
    void shouldFindACompletionBeforeAdoption() {
        List<SpecificRecord> events = List.of(planned(), opened(0), completed(0));

        assertThat(SeriesAudit.findings(S, events)).anySatisfy(f -> assertThat(f).contains("before its resolution"));
    }

    @Test
    void acceptsASeriesClosedEarlyWithoutSeriesCompletedAndReportsIt() {
        List<SpecificRecord> events = List.of(planned(), opened(0), adopted(0), completed(0), baton(0, 1), opened(1),
                suspended(at(10)), resumed(at(20)), closed(at(30)));

        assertThat(SeriesAudit.findings(S, events)).isEmpty();
        assertThat(SeriesAudit.outcome(S, events))
                .isEqualTo("closed early at " + at(30) + " by Аудитор (auditor-test): Flood / Паводок / Су тасқыны");
    }

    @Test
    void reportsHowASeriesStands() {
        assertThat(SeriesAudit.outcome(S, List.of(planned(), opened(0)))).isEqualTo("running");
        assertThat(SeriesAudit.outcome(S, wholeSeries())).isEqualTo("completed");
        assertThat(SeriesAudit.outcome(S, List.of(planned(), suspended(at(10)))))
                .isEqualTo("suspended since " + at(10) + " by Аудитор (auditor-test)");
        assertThat(SeriesAudit.outcome(S, List.of(planned(), suspended(at(10)), resumed(at(20))))).isEqualTo("running");
        assertThat(SeriesAudit.outcome("other", List.of(planned(), closed(at(30))))).isEqualTo("running");
    }

    @Test
    void findsAForumConvenedOrCompletedWhileTheSeriesWasSuspended() {
        List<SpecificRecord> events = List.of(planned(), opened(0), suspended(at(10)), convened(0, at(15)),
                resumed(at(20)), convened(1, at(25)), adopted(0), completed(0, at(40)), suspended(at(50)),
                completed(1, at(60)));

        assertThat(SeriesAudit.findings(S, events)).containsExactlyInAnyOrder(
                "ForumConvened of audit-01-kz-33 while the series was suspended",
                "audit-02-kz-75 completed before its resolution was adopted",
                "ForumCompleted of audit-02-kz-75 while the series was suspended");
    }

    @Test
    void findsWhatHappenedToASeriesAfterItClosedEarly() {
        List<SpecificRecord> events = List.of(planned(), opened(0), closed(at(30)), convened(0, at(40)),
                closed(at(50)), resumed(at(60)));

        assertThat(SeriesAudit.findings(S, events)).containsExactlyInAnyOrder(
                "Series closed early 2 times",
                "ForumConvened of audit-01-kz-33 after the series was closed early",
                "SeriesResumed after the series was closed early");
    }

    @Test
    void findsASeriesBothCompletedAndClosedEarly() {
        List<SpecificRecord> events = new ArrayList<>(wholeSeries());
        events.add(closed(Instant.now().minusSeconds(3600)));

        assertThat(SeriesAudit.findings(S, events)).contains("Series both completed and closed early");
    }

    /** A second after the events the other helpers make now (the series' plan and its first forums). */
    private static Instant at(int second) {
        return LATER.plusSeconds(second);
    }

    private Envelope envelope(@org.jspecify.annotations.Nullable String forumId, Instant at) {
        Envelope envelope = envelopes.forCommand(S, forumId, actor);
        envelope.setOccurredAt(at);
        return envelope;
    }

    private SpecificRecord suspended(Instant at) {
        return SeriesSuspended.newBuilder().setEnvelope(envelope(null, at)).build();
    }

    private SpecificRecord resumed(Instant at) {
        return SeriesResumed.newBuilder().setEnvelope(envelope(null, at)).build();
    }

    private SpecificRecord closed(Instant at) {
        return SeriesClosedEarly.newBuilder().setEnvelope(envelope(null, at))
                .setReason(new LocalizedText("Су тасқыны", "Паводок", "Flood")).setForumsCompleted(1)
                .setBatonHolderForumId(FORUMS.get(1)).build();
    }

    private SpecificRecord convened(int i, Instant at) {
        return ForumConvened.newBuilder().setEnvelope(envelope(FORUMS.get(i), at)).setPosition(i + 1)
                .setRegionCode(REGIONS.get(i)).build();
    }

    private SpecificRecord completed(int i, Instant at) {
        return ForumCompleted.newBuilder().setEnvelope(envelope(FORUMS.get(i), at)).setPosition(i + 1)
                .setRegionCode(REGIONS.get(i)).setResolutionId("res-" + i).build();
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

    private SpecificRecord scheduled(int i) {
        LocalizedText text = new LocalizedText("Форум", "Форум", "Forum");
        return ForumScheduled.newBuilder().setEnvelope(envelopes.forCommand(S, FORUMS.get(i), actor))
                .setPosition(i + 1).setRegionCode(REGIONS.get(i)).setLocalTitle(text).setTheme(text).setCity(text)
                .setVenue(text).setStartDate(java.time.LocalDate.of(2031, 4, 1))
                .setEndDate(java.time.LocalDate.of(2031, 4, 2)).setCapacity(100).setDelegationQuota(10).build();
    }

    private SpecificRecord programme(int i) {
        return ForumProgrammeSet.newBuilder().setEnvelope(envelopes.forCommand(S, FORUMS.get(i), actor))
                .setSessions(List.of()).build();
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
