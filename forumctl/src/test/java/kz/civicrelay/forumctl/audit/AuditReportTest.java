package kz.civicrelay.forumctl.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;

import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.Test;

import kz.civicrelay.events.Envelope;
import kz.civicrelay.events.ParticipantRegistered;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import kz.civicrelay.forumctl.audit.SeriesReport.Finding;
import kz.civicrelay.platform.testing.ReplayOrders;

class AuditReportTest {

    private static final RelayStory STORY = new RelayStory();

    static Stream<Named<UnaryOperator<List<LoggedEvent>>>> orders() {
        return ReplayOrders.all(14);
    }

    @ParameterizedTest
    @MethodSource("orders")
    void theSameLogGivesByteIdenticalJsonAndMarkdownWhateverTheOrderItWasReadIn(
            UnaryOperator<List<LoggedEvent>> order) {
        SeriesReport asWritten = report(STORY.log(), null);
        SeriesReport reordered = report(order.apply(STORY.log()), null);

        assertThat(ReportFormat.JSON.render(reordered)).isEqualTo(ReportFormat.JSON.render(asWritten));
        assertThat(ReportFormat.MD.render(reordered)).isEqualTo(ReportFormat.MD.render(asWritten));
    }

    @Test
    void aWholeSeriesPassesEveryCheckWithItsRegistrationsFromRegistrationsOwnFold() {
        SeriesReport report = report(STORY.log(), null);

        assertThat(report.findings()).noneMatch(Finding::failed)
                .noneMatch(f -> f.result().equals(Finding.NOT_CHECKABLE));
        assertThat(report.forums().get(0).registration().registeredCount()).isEqualTo(2);
        assertThat(report.forums().get(0).registration().byCategory()).containsEntry("NGO", 1)
                .containsEntry("VOLUNTEER_GROUP", 1);
        assertThat(report.forums().get(0).registration().source()).startsWith("registration's own fold");
        assertThat(ReportFormat.JSON.render(report) + ReportFormat.MD.render(report)).as("no one named")
                .doesNotContain("Әйгерім", "Сәрсенова", "aigerim@example.kz", "Ерлан");
    }

    @Test
    void findsThePersonRegisteredTwiceNamingTheRegistrationsNotThePerson() {
        LoggedEvent first = STORY.log().stream().filter(e -> e.event() instanceof ParticipantRegistered).findFirst()
                .orElseThrow();
        ParticipantRegistered again = ParticipantRegistered.newBuilder((ParticipantRegistered) first.event())
                .setParticipantId("p-again").setEnvelope(Envelope.newBuilder(first.envelope())
                        .setEventId(java.util.UUID.randomUUID()).build()).build();
        List<LoggedEvent> log = new java.util.ArrayList<>(STORY.log());
        log.add(new LoggedEvent(first.topic(), first.partition(), 999, first.timestamp(), again));

        Finding check = report(log, null).findings().stream().filter(f -> f.check().contains("nobody registered twice"))
                .findFirst().orElseThrow();
        assertThat(check.failed()).isTrue();
        assertThat(check.details()).singleElement().asString().contains("p-1", "p-again").doesNotContain("Әйгерім",
                "aigerim");
        assertThat(check.events()).isNotEmpty();
    }

    @Test
    void withoutRelayRegistrationTheCountsComeFromTheHandoffPackagesAndNobodyTwiceIsNotCheckable() {
        SeriesReport report = ReportBuilder.build(RelayStory.SERIES, new AuditLog(STORY.log().stream()
                .filter(e -> !e.topic().equals("relay.registration")).toList(), List.of(),
                List.of("relay.registration", "relay.subscriptions")), null, null);

        assertThat(report.findings()).filteredOn(f -> f.result().equals(Finding.NOT_CHECKABLE)).singleElement()
                .satisfies(f -> assertThat(f.check()).contains("nobody registered twice"));
        assertThat(report.notAvailable()).anySatisfy(n -> assertThat(n).startsWith("relay.registration"));
    }

    @Test
    void asOfAMomentShowsTheSeriesAsItStoodThen() {
        SeriesReport before = report(STORY.log(), STORY.beforeFirstCompletion);
        SeriesReport after = report(STORY.log(), null);

        assertThat(before.batonHolder()).isEqualTo(RelayStory.F1);
        assertThat(before.forums().get(0).status()).isEqualTo("CONVENED");
        assertThat(before.forums().get(0).resolution().status()).isEqualTo("ADOPTED");
        assertThat(before.batonChain()).isEmpty();
        assertThat(after.batonHolder()).isEqualTo(RelayStory.F2);
        assertThat(after.forums()).extracting(SeriesReport.Forum::status)
                .containsExactly("COMPLETED", "CONVENED", "SCHEDULED");
        assertThat(after.forums().get(0).registration().source()).startsWith("registration's own fold");
    }

    @Test
    void theReportHasEveryRevisionTheAdoptedHashAndTheBatonChainWithItsAcknowledgement() {
        SeriesReport report = report(STORY.log(), null);

        var resolution = report.forums().get(0).resolution();
        assertThat(resolution.versions()).extracting(SeriesReport.Version::revision).containsExactly(1, 2);
        assertThat(resolution.versions().get(0).textKk()).isEqualTo(RelayStory.KAZAKH);
        assertThat(resolution.contentHash()).isNotBlank();
        var handoff = report.batonChain().get(0);
        assertThat(handoff.notifications()).hasSize(20);
        assertThat(handoff.notifications()).filteredOn(n -> n.recipientRegionCode().equals("KZ-75")).singleElement()
                .satisfies(n -> assertThat(n.acknowledgedAt()).isNotNull());
        assertThat(report.forums().get(0).timeline()).extracting(SeriesReport.Line::what)
                .startsWith("ForumScheduled").contains("ForumConvened", "ResolutionAdopted", "ForumCompleted");
    }

    @Test
    void anEventIdTwiceIsAFindingThatNamesBothRecords() {
        List<LoggedEvent> log = new ArrayList<>(STORY.log());
        LoggedEvent copied = log.get(3);
        log.add(new LoggedEvent(copied.topic(), copied.partition(), 999, copied.timestamp().plusSeconds(1),
                copied.event()));

        Finding finding = check(report(log, null), "no event id twice");

        assertThat(finding.failed()).isTrue();
        assertThat(finding.events()).singleElement().satisfies(e -> assertThat(e).contains("@999"));
    }

    @Test
    void aDeadLetterIsAFindingWithItsReason() {
        AuditLog log = new AuditLog(STORY.log(), List.of(new DeadLetter("relay.handoff.DLT", 0, 4,
                Instant.parse("2027-03-02T00:00:00Z"), "Unknown fingerprint")), List.of());

        Finding finding = check(ReportBuilder.build(RelayStory.SERIES, log.of(RelayStory.SERIES, null), null, null),
                "every record decodable");

        assertThat(finding.failed()).isTrue();
        assertThat(finding.details()).containsExactly("relay.handoff.DLT/0@4: Unknown fingerprint");
    }

    @Test
    void theHtmlAndMarkdownReportsEscapeMarkupAndKeepKazakhLetters() {
        String html = ReportFormat.HTML.render(report(STORY.log(), null));

        assertThat(ReportFormat.MD.render(report(STORY.log(), null))).contains(RelayStory.KAZAKH).contains("&lt;script&gt;")
                .doesNotContain(RelayStory.MARKUP);
        assertThat(html).contains(RelayStory.KAZAKH).contains("&lt;script&gt;").doesNotContain(RelayStory.MARKUP);
    }

    @Test
    void noTimeOfMakingUnlessOneIsGiven() {
        assertThat(ReportFormat.JSON.render(report(STORY.log(), null))).doesNotContain("generatedAt");
        SeriesReport given = ReportBuilder.build(RelayStory.SERIES, STORY.auditLog(STORY.log()).of(RelayStory.SERIES,
                null), null, Instant.parse("2027-04-01T00:00:00Z"));
        assertThat(ReportFormat.MD.render(given)).contains("Generated at: 2027-04-01T00:00:00Z");
    }

    private static SeriesReport report(List<LoggedEvent> events, @Nullable Instant asOf) {
        return ReportBuilder.build(RelayStory.SERIES, STORY.auditLog(events).of(RelayStory.SERIES, asOf), asOf, null);
    }

    private static Finding check(SeriesReport report, String check) {
        return report.findings().stream().filter(f -> f.check().startsWith(check)).findFirst().orElseThrow();
    }
}
