package kz.civicrelay.handoff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.kafka.support.KafkaHeaders;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.web.client.RestClient;

import kz.civicrelay.events.AcknowledgementSlaSet;
import kz.civicrelay.events.Actor;
import kz.civicrelay.events.ActorKind;
import kz.civicrelay.events.AddresseeKind;
import kz.civicrelay.events.AdoptedRecommendation;
import kz.civicrelay.events.BatonPassed;
import kz.civicrelay.events.Envelope;
import kz.civicrelay.events.ForumCompleted;
import kz.civicrelay.events.ForumPreparationOpened;
import kz.civicrelay.events.FollowUpStatus;
import kz.civicrelay.events.ForumScheduled;
import kz.civicrelay.events.HandoffAcknowledged;
import kz.civicrelay.events.HandoffEscalated;
import kz.civicrelay.events.HandoffNotificationIssued;
import kz.civicrelay.events.HandoffPackage;
import kz.civicrelay.events.ParticipantCategory;
import kz.civicrelay.events.ParticipantRegistered;
import kz.civicrelay.events.RegistrationCancelled;
import kz.civicrelay.events.RegistrationClosed;
import kz.civicrelay.events.ResolutionAdopted;
import kz.civicrelay.events.LocalizedText;
import kz.civicrelay.events.NotificationKind;
import kz.civicrelay.events.OpenRecommendation;
import kz.civicrelay.events.RecommendationProgressReported;
import kz.civicrelay.events.SeriesCompleted;
import kz.civicrelay.events.SeriesPlanned;
import kz.civicrelay.events.SeriesClosedEarly;
import kz.civicrelay.events.SeriesResumed;
import kz.civicrelay.events.SeriesSuspended;
import kz.civicrelay.handoff.application.Handoff;
import kz.civicrelay.handoff.domain.BatonPass;
import kz.civicrelay.handoff.domain.Notification;
import kz.civicrelay.handoff.domain.Relay;
import kz.civicrelay.handoff.messaging.RebuiltRelay;
import kz.civicrelay.platform.envelope.EnvelopeFactory;
import kz.civicrelay.platform.envelope.Envelopes;
import kz.civicrelay.platform.errors.DeadLetterConfiguration;
import kz.civicrelay.platform.links.AcknowledgementLinks;
import kz.civicrelay.platform.log.EventLogReplay;
import kz.civicrelay.platform.testing.RestartedService;
import kz.civicrelay.platform.testing.SharedKafkaBroker;
import kz.civicrelay.platform.testing.TestIssuer;
import kz.civicrelay.platform.testing.EndpointMatrix;
import kz.civicrelay.platform.security.RelayRole;
import kz.civicrelay.events.Actor;
import kz.civicrelay.platform.testing.TopicLog;
import kz.civicrelay.reference.Region;
import kz.civicrelay.reference.Regions;

/**
 * Handoff against a real broker, fed scheduling's events: the baton passes once however often a
 * completion arrives, every region is notified, the receiving team acknowledges, and an
 * unacknowledged baton is escalated once; a restart rebuilds the same state from the log; a record of
 * scheduling's with bad data is dead-lettered and neither stops the service nor a restarted instance.
 */
@ExtendWith({ SharedKafkaBroker.class, TestIssuer.class, OutputCaptureExtension.class })
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "relay.handoff.acknowledgement-timeout=1s", "relay.handoff.escalation-check=500ms",
        "relay.links.key=" + HandoffIT.LINK_KEY })
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
@DirtiesContext // its instance (1 s timeout) must not decide on other tests' batons once it is done
class HandoffIT {

    private static final String SERIES = "handoff-it";
    private static final String FIRST = "handoff-it-01-kz-33";
    private static final String SECOND = "handoff-it-02-kz-75";
    private static final String THIRD = "handoff-it-03-kz-71";
    private static final String RECEIVED = SECOND + "-kz-75";
    private static final String NEXT_SERIES = "handoff-it-next";
    private static final String NEXT_FIRST = "handoff-it-next-01-kz-33";
    private static final String NEXT_SECOND = "handoff-it-next-02-kz-75";
    private static final String NEXT_RECEIVED = NEXT_SECOND + "-kz-75";
    /** A member of Almaty city's team, signed in. */
    private static final String ALMATY_TEAM = TestIssuer.token("aigerim-almaty", "Айгерім Сәрсенқызы", "KZ-75",
            RelayRole.REGIONAL_TEAM);
    private static final String CONTENT_HASH = "5e".repeat(32);
    /** Recommendations of the first forum's resolution, to its region's akimat; the second's, to the media. */
    private static final LocalizedText AKIMAT = new LocalizedText("Жетісу облысының әкімдігі",
            "Акимат области Жетісу", "Akimat of Jetisu Region");
    private static final LocalizedText YOUTH_CENTRES = new LocalizedText(
            "Әр ауданда жастар орталығын ашу: ә ғ қ ң ө ұ ү һ і Ә Ғ Қ Ң Ө Ұ Ү Һ І",
            "Открыть молодёжный центр в каждом районе", "Open a youth centre in every district");
    private static final LocalizedText GRANTS = new LocalizedText("Үкіметтік емес ұйымдарға шағын гранттар",
            "Малые гранты для НПО", "Small grants for NGOs");
    private static final LocalizedText NEWSROOMS = new LocalizedText("Өңірлік БАҚ редакциялары",
            "Редакции региональных СМИ", "Regional newsrooms");
    private static final LocalizedText COVERAGE = new LocalizedText("Форумдар туралы өңірлік БАҚ-та жазу",
            "Освещать форумы в региональных СМИ", "Cover the forums in regional media");
    private static final String KAZAKH = "Эстафетаны қабылдадық, дайындық басталды! ә ғ қ ң ө ұ ү һ і Ә Ғ Қ Ң Ө Ұ Ү Һ І";
    /** The key delivery signs e-mail acknowledgement links with, and handoff checks them with. */
    static final String LINK_KEY = "aGFuZG9mZi1pdDogdGhlIGtleSBvZiBlLW1haWwgYWNrbm93bGVkZ2VtZW50IGxpbmtz";
    private static final AcknowledgementLinks LINKS = AcknowledgementLinks.withKey(LINK_KEY);
    private static final String LINK_COMMENT = "Алматы командасы эстафетаны хаттағы сілтеме арқылы қабылдады: ә ғ қ ң ө ұ ү һ і";

    @Autowired
    kz.civicrelay.platform.core.ServiceCores cores;

    @LocalServerPort
    int port;

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    @Autowired
    Handoff handoff;

    @Autowired
    EventLogReplay replay;

    private final EnvelopeFactory scheduling = new EnvelopeFactory("scheduling", Clock.systemUTC());

    @Test
    @Order(1)
    void shouldPassTheBatonOnceWhenTheSameForumCompletesTwice() throws Exception {
        givenAPlanOfThreeForumsWithTheFirstInPreparation();
        await().atMost(Duration.ofSeconds(30)).until(() -> get("/api/baton").getStatusCode().value() == 200);
        assertThat(get("/api/baton").getBody()).contains("\"holderForumId\":\"" + FIRST + "\"");

        givenTheFirstForumsResolutionAndRegistration();
        ForumCompleted first = completed(FIRST, 1, "KZ-33");
        send(FIRST, first);
        send(FIRST, completed(FIRST, 1, "KZ-33"));
        awaitReactionsCaughtUp();

        List<BatonPassed> batons = of(readAll("relay.handoff"), BatonPassed.class);
        assertThat(batons).as("two completions, one baton").hasSize(1);
        BatonPassed baton = batons.get(0);
        assertThat(baton.getHandoffNumber()).isEqualTo(1);
        assertThat(baton.getFromForumId()).isEqualTo(FIRST);
        assertThat(baton.getToForumId()).isEqualTo(SECOND);
        assertThat(baton.getToRegionCode()).isEqualTo("KZ-75");
        assertThat(baton.getEnvelope().getCausationId()).isEqualTo(first.getEnvelope().getEventId().toString());
        HandoffPackage handoffPackage = baton.getHandoffPackage();
        assertThat(handoffPackage.getCompletedForumId()).isEqualTo(FIRST);
        assertThat(handoffPackage.getResolution().getContentHash()).isEqualTo(CONTENT_HASH);
        assertThat(handoffPackage.getResolution().getTitle().getKk()).isEqualTo("I Азаматтық форум қарары");
        assertThat(handoffPackage.getResolution().getRecommendationsByAddressee()).isEqualTo(Map.of("MEDIA", 2));
        assertThat(handoffPackage.getRegisteredCount()).isEqualTo(2);
        assertThat(handoffPackage.getParticipantsByCategory()).as("registered, less the cancelled").isEqualTo(
                Map.of("NGO", 1, "YOUTH", 1));
        assertThat(handoffPackage.getNextForum().getForumId()).isEqualTo(SECOND);
        assertThat(handoffPackage.getNextForum().getStartDate()).isEqualTo(LocalDate.of(2026, 3, 24));
        assertThat(handoffPackage.getNextForum().getCity().getKk()).isEqualTo("Алматы");
        assertThat(handoffPackage.getOpenRecommendations()).as("the first forum's, none followed up yet")
                .extracting(OpenRecommendation::getForumId, OpenRecommendation::getRecommendationId,
                        OpenRecommendation::getStatus)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(FIRST, "rec-1", FollowUpStatus.NOT_STARTED),
                        org.assertj.core.groups.Tuple.tuple(FIRST, "rec-2", FollowUpStatus.NOT_STARTED));

        // (reminders, at 50% and 75% of the 1 s SLA here, are HandoffReminderIT's)
        var notifications = readAll("relay.notifications").stream()
                .filter(r -> Envelopes.of(r.value()).getForumId().equals(SECOND))
                .filter(r -> ((HandoffNotificationIssued) r.value()).getKind() != NotificationKind.BATON_REMINDER)
                .toList();
        assertThat(notifications).as("one notification per region for the handoff").hasSize(20);
        assertThat(notifications).extracting(ConsumerRecord::key)
                .containsExactlyInAnyOrderElementsOf(Regions.all().stream().map(Region::code).toList());
        var received = notifications.stream().map(r -> (HandoffNotificationIssued) r.value())
                .filter(n -> n.getKind() == NotificationKind.BATON_RECEIVED).toList();
        assertThat(received).hasSize(1);
        assertThat(received.get(0).getNotificationId()).isEqualTo(RECEIVED);
        assertThat(received.get(0).getAcknowledgementRequired()).isTrue();
        assertThat(received.get(0).getMessage().getKk()).contains("Эстафета Жетісу облысынан Алматы қаласына өтті");

        String view = get("/api/baton").getBody();
        assertThat(view).contains("\"holderRegionCode\":\"KZ-75\"").contains("Алматы қаласы")
                .contains("\"holderForumId\":\"" + SECOND + "\"").contains("\"handoffNumber\":1");
        assertThat(get("/api/handoffs").getBody()).contains("\"toForumId\":\"" + SECOND + "\"");
    }

    @Test
    @Order(2)
    void shouldEscalateTheUnacknowledgedBatonOnce() throws Exception {
        await().atMost(Duration.ofSeconds(30)).until(() -> !escalationsOf(RECEIVED).isEmpty());
        // Five escalation checks (every 500 ms) later there is still exactly one escalation.
        await().during(Duration.ofMillis(2500)).atMost(Duration.ofSeconds(10))
                .until(() -> escalationsOf(RECEIVED).size() == 1);

        List<ConsumerRecord<String, SpecificRecord>> escalations = escalationsOf(RECEIVED);
        assertThat(escalations).as("escalated once, though checked every 500 ms").hasSize(1);
        assertThat(escalations.get(0).key()).isEqualTo(SECOND);
        var escalated = (HandoffEscalated) escalations.get(0).value();
        assertThat(escalated.getRegionCode()).isEqualTo("KZ-75");
        assertThat(escalated.getReason().getKk()).contains("Алматы қаласының командасы").contains("1 секунд");
        assertThat(escalated.getEnvelope().getActor().getKind()).isEqualTo(ActorKind.SERVICE);
        assertThat(get("/api/notifications/" + RECEIVED).getBody()).contains("\"escalated\":true");
        assertThat(of(readAll("relay.handoff"), HandoffEscalated.class))
                .filteredOn(e -> e.getEnvelope().getSeriesId().equals(SERIES)).as("only baton notifications escalate").extracting(HandoffEscalated::getNotificationId)
                .containsOnly(RECEIVED);
    }

    @Test
    @Order(3)
    void shouldRefuseWrongAcknowledgementsWithProblemDetails() {
        assertProblem(acknowledge("handoff-it-09-kz-10-kz-10", "KZ-10", null), 404);
        assertProblem(acknowledge(RECEIVED, "KZ-33", null), 400);
        assertProblem(acknowledge(RECEIVED, "Almaty", null), 400);
        assertProblem(acknowledge(SECOND + "-kz-10", "KZ-10", null, TestIssuer.operator()), 409);
        // Region A's team can neither read nor acknowledge region B's notifications
        String jetisu = TestIssuer.team("KZ-33");
        assertProblem(acknowledge(RECEIVED, "KZ-75", null, jetisu), 403);
        assertProblem(acknowledge(RECEIVED, "KZ-33", null, jetisu), 403);
        assertProblem(get("/api/notifications/" + RECEIVED, jetisu), 403);
        assertProblem(get("/api/notifications?region=KZ-75", jetisu), 403);
        assertThat(get("/api/notifications", jetisu).getBody()).as("a team's own region's notifications only")
                .contains("\"recipientRegionCode\":\"KZ-33\"").doesNotContain("\"recipientRegionCode\":\"KZ-75\"");
        assertProblem(get("/api/notifications/no-such-notification"), 404);
        assertProblem(get("/api/notifications?region=KZ-99"), 400);
        assertThat(of(readAll("relay.handoff"), HandoffAcknowledged.class)).as("refusals change nothing").isEmpty();
    }

    @Test
    @Order(4)
    void shouldAcknowledgeTheBatonOnceKeepingKazakhText() {
        var accepted = acknowledge(RECEIVED, "KZ-75", KAZAKH);
        assertThat(accepted.getStatusCode().value()).isEqualTo(200);
        assertThat(accepted.getBody()).contains("\"acknowledged\":true").contains(KAZAKH);

        assertProblem(acknowledge(RECEIVED, "KZ-75", "екінші рет"), 409);

        List<ConsumerRecord<String, SpecificRecord>> acks = readAll("relay.handoff").stream()
                .filter(r -> r.value() instanceof HandoffAcknowledged).toList();
        assertThat(acks).hasSize(1);
        assertThat(acks.get(0).key()).isEqualTo(SECOND);
        var ack = (HandoffAcknowledged) acks.get(0).value();
        assertThat(ack.getComment()).isEqualTo(KAZAKH);
        assertThat(ack.getRegionCode()).isEqualTo("KZ-75");
        assertThat(ack.getEnvelope().getActor()).as("the team member as the token names them")
                .isEqualTo(new Actor(ActorKind.REGIONAL_TEAM, "aigerim-almaty", "Айгерім Сәрсенқызы", "KZ-75"));
        String forAlmaty = get("/api/notifications?region=KZ-75").getBody();
        assertThat(forAlmaty).contains(RECEIVED).contains(KAZAKH).doesNotContain("\"recipientRegionCode\":\"KZ-33\"");
    }

    @Test
    @Order(5)
    void shouldAnnounceTheEndOfTheSeriesOnceAndKeepTheBatonWithTheLastHost() throws Exception {
        givenTheFirstForumsFollowUpAndTheSecondsResolution();
        send(SECOND, completed(SECOND, 2, "KZ-75"));
        await().atMost(Duration.ofSeconds(30)).until(() -> get("/api/baton").getBody().contains(THIRD));
        BatonPassed toThird = of(readAll("relay.handoff"), BatonPassed.class).stream()
                .filter(b -> b.getToForumId().equals(THIRD)).findFirst().orElseThrow();
        assertThat(toThird.getHandoffPackage().getOpenRecommendations())
                .as("the first forum's item still in progress (the one done is not), then the second forum's")
                .containsExactly(new OpenRecommendation(FIRST, "rec-1", AddresseeKind.REGIONAL_AKIMAT, AKIMAT,
                        YOUTH_CENTRES, FollowUpStatus.IN_PROGRESS), new OpenRecommendation(SECOND, "rec-1",
                                AddresseeKind.MEDIA, NEWSROOMS, COVERAGE, FollowUpStatus.NOT_STARTED));
        assertThat(toThird.getHandoffPackage().getOpenRecommendations().get(0).getText().getKk())
                .as("Kazakh intact").isEqualTo("Әр ауданда жастар орталығын ашу: ә ғ қ ң ө ұ ү һ і Ә Ғ Қ Ң Ө Ұ Ү Һ І");
        assertThat(toThird.getHandoffPackage().getOpenRecommendationsLeftOut()).isZero();
        send(THIRD, completed(THIRD, 3, "KZ-71"));
        send(SERIES, seriesCompleted());
        send(SERIES, seriesCompleted());
        awaitReactionsCaughtUp();

        assertThat(of(readAll("relay.handoff"), BatonPassed.class)).extracting(BatonPassed::getToForumId)
                .as("nothing passes after the last forum").containsExactly(SECOND, THIRD);
        var completion = readAll("relay.notifications").stream()
                .filter(r -> ((HandoffNotificationIssued) r.value()).getKind() == NotificationKind.SERIES_COMPLETED)
                .toList();
        assertThat(completion).as("every region told once").hasSize(20).extracting(ConsumerRecord::key)
                .containsExactlyInAnyOrderElementsOf(Regions.all().stream().map(Region::code).toList());
        assertThat(completion).extracting(r -> ((HandoffNotificationIssued) r.value()).getAcknowledgementRequired())
                .containsOnly(false);
        assertThat(get("/api/baton").getBody()).contains("\"holderRegionCode\":\"KZ-71\"")
                .contains("\"seriesCompleted\":true").contains("\"handoffNumber\":2");
    }

    @Test
    @Order(6)
    void shouldRebuildTheSameStateFromTheLogAsARestartedServiceWould() {
        // Let the escalation timer finish first: every baton notice left unacknowledged gets escalated
        // (1 s timeout), and nothing else changes the state after that.
        await().atMost(Duration.ofSeconds(30)).until(() -> handoff.read(relay -> relay.notifications().stream()
                .filter(n -> n.acknowledgementRequired() && n.acknowledgement() == null)
                .allMatch(n -> n.escalated())));
        Relay live = handoff.read(relay -> relay);
        Relay rebuilt = RebuiltRelay.from(replay, Duration.ofSeconds(1));

        assertThat(rebuilt.holder()).isEqualTo(handoff.read(Relay::holder));
        assertThat(rebuilt.handoffs()).as("by number").isEqualTo(handoff.read(Relay::handoffs))
                .extracting(BatonPass::handoffNumber).containsExactly(1, 2);
        assertThat(rebuilt.notifications()).filteredOn(n -> n.seriesId().equals(SERIES))
                .filteredOn(n -> n.kind() != kz.civicrelay.handoff.domain.NotificationKind.BATON_REMINDER).hasSize(60);
        assertThat(rebuilt.notifications()).as("by time, then region code, as the running service lists them")
                .isSortedAccordingTo(Notification.IN_ISSUE_ORDER)
                .containsExactlyElementsOf(handoff.read(Relay::notifications));
        assertThat(client().get().uri("/api/notifications").retrieve().body(NotificationJson[].class))
                .as("the API lists them in that order").extracting(NotificationJson::notificationId)
                .containsExactlyElementsOf(rebuilt.notifications().stream().map(Notification::notificationId).toList());
        assertThat(client().get().uri("/api/handoffs").retrieve().body(HandoffJson[].class))
                .extracting(HandoffJson::handoffNumber).containsExactly(1, 2);
        assertThat(rebuilt.notification(RECEIVED).acknowledgement().comment()).isEqualTo(KAZAKH);
        assertThat(rebuilt.notification(RECEIVED).escalated()).isTrue();
        assertThat(rebuilt.forumCompleted(SERIES, FIRST)).as("a re-delivered completion after a restart").isEmpty();
        assertThat(rebuilt.openRecommendations(SERIES, THIRD)).as("adoptions and follow-up learned again from the log")
                .isEqualTo(handoff.read(relay -> relay.openRecommendations(SERIES, THIRD))).hasSize(2);
        assertThat(live.isCompleted()).isEqualTo(rebuilt.isCompleted()).isTrue();
    }

    @Test
    @Order(7)
    void shouldDeadLetterAPlanWithBadDataGoOnAndStartARestartedInstanceDespiteIt() throws Exception {
        // Written straight to the topic, as a faulty client would: three forums but two host regions.
        SeriesPlanned bad = SeriesPlanned.newBuilder().setEnvelope(envelope(NEXT_SERIES, null)).setTitle(title())
                .setHostOrder(List.of("KZ-33", "KZ-75"))
                .setForumIds(List.of(NEXT_FIRST, NEXT_SECOND, "handoff-it-next-03-kz-71")).build();
        send(NEXT_SERIES, bad);
        // The next series, on the same partition after it, and its first forum completing.
        send(NEXT_SERIES, SeriesPlanned.newBuilder().setEnvelope(envelope(NEXT_SERIES, null)).setTitle(title())
                .setHostOrder(List.of("KZ-33", "KZ-75")).setForumIds(List.of(NEXT_FIRST, NEXT_SECOND)).build());
        await().atMost(Duration.ofSeconds(30))
                .until(() -> handoff.read(Relay::seriesId).equals(Optional.of(NEXT_SERIES)));
        send(NEXT_FIRST, ForumPreparationOpened.newBuilder().setEnvelope(envelope(NEXT_SERIES, NEXT_FIRST))
                .setPosition(1).setRegionCode("KZ-33").build());
        await().atMost(Duration.ofSeconds(30)).until(() -> get("/api/baton").getBody().contains(NEXT_FIRST));
        ForumCompleted completed = ForumCompleted.newBuilder().setEnvelope(envelope(NEXT_SERIES, NEXT_FIRST))
                .setPosition(1).setRegionCode("KZ-33").setResolutionId("res-next-1").build();
        send(NEXT_FIRST, completed);
        awaitReactionsCaughtUp();

        List<ConsumerRecord<String, byte[]>> dead = deadLettersOf(NEXT_SERIES);
        assertThat(dead).as("dead-lettered once, by the live listener").hasSize(1);
        assertThat(header(dead.get(0), DeadLetterConfiguration.REASON_HEADER)).contains("IllegalArgumentException")
                .contains("lists 3 forums but 2 host regions");
        assertThat(header(dead.get(0), KafkaHeaders.DLT_ORIGINAL_TOPIC)).isEqualTo("relay.scheduling");

        BatonPassed next = of(readAll("relay.handoff"), BatonPassed.class).stream()
                .filter(b -> b.getEnvelope().getSeriesId().equals(NEXT_SERIES)).findFirst().orElseThrow();
        assertThat(next.getToForumId()).as("the service went on: it reacts after the bad record").isEqualTo(NEXT_SECOND);
        assertThat(next.getHandoffNumber()).as("the next series counts its own handoffs").isEqualTo(1);
        assertThat(next.getEnvelope().getCausationId()).isEqualTo(completed.getEnvelope().getEventId().toString());
        await().atMost(Duration.ofSeconds(10)).until(() -> get("/api/baton").getBody()
                .contains("\"holderForumId\":\"" + NEXT_SECOND + "\""));

        // Nothing changes the state any more once the new baton is escalated (1 s timeout).
        await().atMost(Duration.ofSeconds(30))
                .until(() -> get("/api/notifications/" + NEXT_RECEIVED).getBody().contains("\"escalated\":true"));
        // configured as the instance under test: a baton's dueBy follows from the SLA (here the 1 s default)
        try (RestartedService restarted = RestartedService.startInstance(HandoffApplication.class, "handoff-restarted",
                "--relay.handoff.acknowledgement-timeout=1s", "--relay.handoff.escalation-check=500ms")) {
            RestClient rebuilt = restarted.client();
            assertThat(rebuilt.get().uri("/actuator/health/readiness").retrieve().toEntity(String.class)
                    .getStatusCode().value()).as("ready on standby").isEqualTo(200);
            for (String uri : List.of("/api/baton", "/api/handoffs", "/api/notifications")) {
                assertThat(rebuilt.get().uri(uri).retrieve().body(String.class))
                        .as("the restarted instance serves %s as the running one", uri).isEqualTo(get(uri).getBody());
            }
            var refused = rebuilt.post().uri("/api/notifications/{id}/acknowledge", NEXT_RECEIVED)
                    .contentType(MediaType.APPLICATION_JSON).body("{\"regionCode\":\"KZ-75\"}").retrieve()
                    .onStatus(s -> true, (req, res) -> { }).toEntity(String.class);
            assertProblem(refused, 503);
        }
        assertThat(deadLettersOf(NEXT_SERIES)).as("a restart dead-letters nothing again").hasSize(1);
    }

    /** The parts of the API's answers this test reads. */
    record NotificationJson(String notificationId) {
    }

    record HandoffJson(int handoffNumber) {
    }

    // ---- scheduling's events, as scheduling writes them ---------------------------------------

    /**
     * Decision 0017: a suspended series' baton does not pass, even when its holder's completion arrives; it passes
     * when the series resumes, caused by the resumption. A series closed early never passes it again.
     */
    @Test
    @Order(13)
    void aSuspendedSeriesBatonPassesOnlyWhenItResumesAndAClosedOneNever() throws Exception {
        String paused = "handoff-it-paused";
        String first = paused + "-01-kz-33";
        String second = paused + "-02-kz-75";
        givenATwoForumSeries(paused, first, second);
        send(paused, SeriesSuspended.newBuilder().setEnvelope(envelope(paused, null)).build());
        send(first, ForumCompleted.newBuilder().setEnvelope(envelope(paused, first)).setPosition(1)
                .setRegionCode("KZ-33").setResolutionId("res-paused-1").build());
        awaitReactionsCaughtUp();

        assertThat(batonsOf(paused)).as("no baton passes while the series is suspended").isEmpty();
        assertThat(get("/api/baton?series=" + paused).getBody()).contains("\"suspended\":true")
                .contains("\"holderForumId\":\"" + first + "\"");

        SeriesResumed resumed = SeriesResumed.newBuilder().setEnvelope(envelope(paused, null)).build();
        send(paused, resumed);
        awaitReactionsCaughtUp();

        assertThat(batonsOf(paused)).singleElement().satisfies(baton -> {
            assertThat(baton.getToForumId()).isEqualTo(second);
            assertThat(baton.getEnvelope().getCausationId()).isEqualTo(resumed.getEnvelope().getEventId().toString());
        });

        String closed = "handoff-it-closed";
        String closedFirst = closed + "-01-kz-33";
        givenATwoForumSeries(closed, closedFirst, closed + "-02-kz-75");
        send(closed, SeriesClosedEarly.newBuilder().setEnvelope(envelope(closed, null))
                .setReason(new LocalizedText("Себеп", "Причина", "Reason")).setForumsCompleted(0).build());
        send(closedFirst, ForumCompleted.newBuilder().setEnvelope(envelope(closed, closedFirst)).setPosition(1)
                .setRegionCode("KZ-33").setResolutionId("res-closed-1").build());
        send(closed, SeriesResumed.newBuilder().setEnvelope(envelope(closed, null)).build());
        awaitReactionsCaughtUp();

        assertThat(batonsOf(closed)).as("a closed series' baton never passes").isEmpty();
        assertThat(get("/api/baton?series=" + closed).getBody()).contains("\"closedEarly\":true");
        assertThat(batonsOf(paused)).as("and the other series' baton is untouched").hasSize(1);
    }

    private void givenATwoForumSeries(String seriesId, String first, String second) throws Exception {
        send(seriesId, SeriesPlanned.newBuilder().setEnvelope(envelope(seriesId, null)).setTitle(title())
                .setHostOrder(List.of("KZ-33", "KZ-75")).setForumIds(List.of(first, second)).build());
        send(first, ForumPreparationOpened.newBuilder().setEnvelope(envelope(seriesId, first)).setPosition(1)
                .setRegionCode("KZ-33").build());
        await().atMost(Duration.ofSeconds(30)).until(() -> get("/api/baton?series=" + seriesId).getStatusCode()
                .value() == 200);
    }

    private static List<BatonPassed> batonsOf(String seriesId) {
        return of(readAll("relay.handoff"), BatonPassed.class).stream()
                .filter(b -> b.getEnvelope().getSeriesId().equals(seriesId)).toList();
    }

    private void givenAPlanOfThreeForumsWithTheFirstInPreparation() throws Exception {
        send(SERIES, SeriesPlanned.newBuilder().setEnvelope(envelope(null))
                .setTitle(new LocalizedText("Азаматтық форумдар", "Гражданские форумы", "Civic forums"))
                .setHostOrder(List.of("KZ-33", "KZ-75", "KZ-71")).setForumIds(List.of(FIRST, SECOND, THIRD)).build());
        send(FIRST, scheduled(FIRST, 1, "KZ-33"));
        send(SECOND, scheduled(SECOND, 2, "KZ-75"));
        send(THIRD, scheduled(THIRD, 3, "KZ-71"));
        send(FIRST, ForumPreparationOpened.newBuilder().setEnvelope(envelope(FIRST)).setPosition(1)
                .setRegionCode("KZ-33").build());
    }

    /**
     * Resolution adopted the first forum's resolution and registration closed with two participants of three
     * (one cancelled), before the forum completes.
     */
    private void givenTheFirstForumsResolutionAndRegistration() throws Exception {
        EnvelopeFactory resolution = new EnvelopeFactory("resolution", Clock.systemUTC());
        EnvelopeFactory registration = new EnvelopeFactory("registration", Clock.systemUTC());
        Actor operator = new Actor(ActorKind.OPERATOR, "operator-it", null, null);
        TopicLog.send("relay.resolution", FIRST, ResolutionAdopted.newBuilder()
                .setEnvelope(resolution.forCommand(SERIES, FIRST, operator)).setResolutionId("res-" + FIRST)
                .setTitle(new LocalizedText("I Азаматтық форум қарары", "Резолюция: I форум", "Resolution of I forum"))
                .setRecommendationIds(List.of("rec-1", "rec-2")).setContentHash(CONTENT_HASH)
                .setRecommendationsByAddressee(Map.of("MEDIA", 2))
                .setRecommendations(List.of(adopted("rec-1", AddresseeKind.REGIONAL_AKIMAT, YOUTH_CENTRES),
                        adopted("rec-2", AddresseeKind.REGIONAL_AKIMAT, GRANTS))).build());
        int number = 0;
        for (ParticipantCategory category : List.of(ParticipantCategory.NGO, ParticipantCategory.YOUTH,
                ParticipantCategory.NGO)) {
            number++;
            TopicLog.send("relay.registration", FIRST, ParticipantRegistered.newBuilder()
                    .setEnvelope(registration.forCommand(SERIES, FIRST, operator)).setParticipantId("p-" + number)
                    .setFullName("Айгерім Сәрсенқызы " + number).setOrganisation("Жастар ұйымы")
                    .setCategory(category).setRegionOfOrigin("KZ-33").build());
        }
        TopicLog.send("relay.registration", FIRST, RegistrationCancelled.newBuilder()
                .setEnvelope(registration.forCommand(SERIES, FIRST, operator)).setParticipantId("p-3").build());
        TopicLog.send("relay.registration", FIRST, RegistrationClosed.newBuilder()
                .setEnvelope(registration.forCommand(SERIES, FIRST, operator)).setRegisteredCount(2).build());
        TopicLog.awaitCaughtUp("handoff-reactions", "relay.resolution");
        cores.caughtUp().get(30, java.util.concurrent.TimeUnit.SECONDS); // registration's topic is only learned
    }

    /**
     * Jetisu's akimat reports on the first forum's items (one in progress, then the other done), and the second
     * forum adopts its resolution, before the second forum completes.
     */
    private void givenTheFirstForumsFollowUpAndTheSecondsResolution() throws Exception {
        EnvelopeFactory resolution = new EnvelopeFactory("resolution", Clock.systemUTC());
        Actor team = new Actor(ActorKind.REGIONAL_TEAM, "team-kz-33", null, "KZ-33");
        TopicLog.send("relay.resolution", FIRST, progress(resolution.forCommand(SERIES, FIRST, team), "rec-1",
                FollowUpStatus.IN_PROGRESS));
        TopicLog.send("relay.resolution", FIRST, progress(resolution.forCommand(SERIES, FIRST, team), "rec-2",
                FollowUpStatus.DONE));
        TopicLog.send("relay.resolution", SECOND, ResolutionAdopted.newBuilder()
                .setEnvelope(resolution.forCommand(SERIES, SECOND, new Actor(ActorKind.OPERATOR, "operator-it", null,
                        null)))
                .setResolutionId("res-" + SECOND).setTitle(new LocalizedText("II Азаматтық форум қарары",
                        "Резолюция: II форум", "Resolution of II forum"))
                .setRecommendationIds(List.of("rec-1")).setRecommendationsByAddressee(Map.of("MEDIA", 1))
                .setRecommendations(List.of(adopted("rec-1", AddresseeKind.MEDIA, COVERAGE))).build());
        TopicLog.awaitCaughtUp("handoff-reactions", "relay.resolution");
    }

    private static RecommendationProgressReported progress(Envelope envelope, String recommendationId,
            FollowUpStatus status) {
        return RecommendationProgressReported.newBuilder().setEnvelope(envelope).setResolutionId("res-" + FIRST)
                .setRecommendationId(recommendationId).setStatus(status).setReportedOn(LocalDate.now())
                .setNote("Әкімдік есебі: ә ғ қ ң ө ұ ү һ і").build();
    }

    private static AdoptedRecommendation adopted(String id, AddresseeKind kind, LocalizedText text) {
        return AdoptedRecommendation.newBuilder().setRecommendationId(id).setAddresseeKind(kind)
                .setAddressee(kind == AddresseeKind.MEDIA ? NEWSROOMS : AKIMAT).setText(text).setRevision(1).build();
    }

    private ForumScheduled scheduled(String forumId, int position, String region) {
        var text = new LocalizedText("Форум", "Форум", "Forum");
        Region host = Regions.byCode(region);
        var city = new LocalizedText(host.name().kk().replace(" қаласы", ""), host.name().ru(), host.name().en());
        LocalDate day = LocalDate.of(2026, 3, 10).plusWeeks(position);
        return ForumScheduled.newBuilder().setEnvelope(envelope(forumId)).setPosition(position)
                .setRegionCode(region).setLocalTitle(text).setTheme(text).setCity(city).setVenue(text)
                .setStartDate(day).setEndDate(day).setCapacity(200).setInternational(false).build();
    }

    private ForumCompleted completed(String forumId, int position, String region) {
        return ForumCompleted.newBuilder().setEnvelope(envelope(forumId)).setPosition(position)
                .setRegionCode(region).setResolutionId("res-" + position).build();
    }

    private SeriesCompleted seriesCompleted() {
        return SeriesCompleted.newBuilder().setEnvelope(envelope(null)).setForumCount(3).setLastForumId(THIRD)
                .setLastRegionCode("KZ-71").build();
    }

    private Envelope envelope(String forumId) {
        return envelope(SERIES, forumId);
    }

    private Envelope envelope(String seriesId, String forumId) {
        return scheduling.forCommand(seriesId, forumId, new Actor(ActorKind.OPERATOR, "operator-it", null, null));
    }

    private static LocalizedText title() {
        return new LocalizedText("Азаматтық форумдар", "Гражданские форумы", "Civic forums");
    }

    /**
     * Decision 0015: the baton is public; a region's notifications are its team's, operators' and auditors';
     * refused requests append nothing; bad tokens get 401.
     */
    @Test
    @Order(8)
    void shouldHoldTheRoleByEndpointMatrix(CapturedOutput output) throws Exception {
        String matrix = """
                request                                       | public | operator | auditor | team | other-team | editor | participant
                GET  /actuator/prometheus                     | 401 | ok | ok | 403 | 403 | 403 | 403
                GET  /api/baton                               | ok     | ok       | ok      | ok   | ok         | ok     | ok
                GET  /api/handoffs                            | ok     | ok       | ok      | ok   | ok         | ok     | ok
                GET  /api/notifications                       | 401    | ok       | ok      | ok   | ok         | 403    | 403
                GET  /api/notifications?region=KZ-75          | 401    | ok       | ok      | ok   | 403        | 403    | 403
                GET  /api/notifications/%1$s                  | 401    | ok       | ok      | ok   | 403        | 403    | 403
                POST /api/notifications/%1$s/acknowledge      | 401    | ok       | 403     | ok   | 403        | 403    | 403
                PUT  /api/series/%2$s/acknowledgement-sla     | 401    | ok       | 403     | 403  | 403        | 403    | 403
                # an e-mail's acknowledgement link: the signed token is the authority (this series' is over: 404)
                GET  /acknowledge/%1$s?token=%3$s             | ok     | ok       | ok      | ok   | ok         | ok     | ok
                POST /acknowledge/%1$s?token=%3$s             | ok     | ok       | ok      | ok   | ok         | ok     | ok
                """.formatted(RECEIVED, SERIES, linkToken(RECEIVED, "KZ-75"));
        EndpointMatrix.assertCovers(mappings, matrix);
        EndpointMatrix.at("http://localhost:" + port).caller("public", null).caller("operator", TestIssuer.operator())
                .caller("auditor", TestIssuer.auditor()).caller("team", ALMATY_TEAM)
                .caller("other-team", TestIssuer.team("KZ-33")).caller("editor", TestIssuer.editor("KZ-75"))
                .caller("participant", TestIssuer.participant("p-1", "KZ-75"))
                .body("POST /api/notifications/" + RECEIVED + "/acknowledge", "{\"comment\":\"Қабылдадық\"}")
                .body("PUT /api/series/" + SERIES + "/acknowledgement-sla", "{\"hours\":48}")
                .output(output::getAll).assertTable(matrix, SharedKafkaBroker.bootstrapServers());
    }

    @Test
    @Order(9)
    void shouldLetAnOperatorSetASeriesAcknowledgementSlaAndRefuseBadOnesWithProblemDetails() {
        assertProblem(putSla(SERIES, "{\"hours\":0}"), 400);
        assertProblem(putSla(SERIES, "{\"hours\":-5}"), 400);
        assertProblem(putSla(SERIES, "{\"hours\":721}"), 400);
        assertProblem(putSla(SERIES, "{}"), 400);
        assertProblem(putSla("no-such-series", "{\"hours\":12}"), 404);
        long before = of(readAll("relay.handoff"), AcknowledgementSlaSet.class).size();

        var accepted = putSla(SERIES, "{\"hours\":12}");

        assertThat(accepted.getStatusCode().value()).isEqualTo(200);
        assertThat(accepted.getBody()).contains("\"hours\":12");
        List<ConsumerRecord<String, SpecificRecord>> set = readAll("relay.handoff").stream()
                .filter(r -> r.value() instanceof AcknowledgementSlaSet).toList();
        assertThat(set).as("refusals append nothing").hasSize((int) before + 1);
        assertThat(set.get(set.size() - 1).key()).as("keyed by the series").isEqualTo(SERIES);
        assertThat(((AcknowledgementSlaSet) set.get(set.size() - 1).value()).getSlaMillis())
                .isEqualTo(Duration.ofHours(12).toMillis());
        Duration sla = handoff.read(relay -> relay.acknowledgementSla(SERIES));
        assertThat(sla).isEqualTo(Duration.ofHours(12));
        assertThat(get("/api/notifications/" + RECEIVED).getBody()).contains("\"dueBy\":")
                .contains("\"remindersSent\":");
    }

    private ResponseEntity<String> putSla(String seriesId, String body) {
        return client().put().uri("/api/series/{id}/acknowledgement-sla", seriesId)
                .contentType(MediaType.APPLICATION_JSON).body(body).retrieve()
                .onStatus(s -> true, (req, res) -> { }).toEntity(String.class);
    }

    // ---- the acknowledgement link of an e-mail -------------------------------------------------

    @Test
    @Order(10)
    void shouldShowTheLinksPageInThreeLanguagesAndChangeNothing() {
        int before = readAll("relay.handoff").size();

        ResponseEntity<String> page = openLink(NEXT_RECEIVED, linkToken(NEXT_RECEIVED, "KZ-75"));

        assertThat(page.getStatusCode().value()).isEqualTo(200);
        assertThat(page.getHeaders().getContentType().toString()).startsWith("text/html").containsIgnoringCase("UTF-8");
        assertThat(page.getHeaders().getCacheControl()).contains("no-store");
        assertThat(page.getHeaders().getFirst("Referrer-Policy")).isEqualTo("no-referrer");
        assertThat(page.getBody()).contains("Эстафета Жетісу облысынан Алматы қаласына өтті", "Алматы қаласы")
                .contains("Эстафетаны растау", "Подтверждение эстафеты", "Acknowledge the baton")
                .contains("method=\"post\"", "action=\"/acknowledge/" + NEXT_RECEIVED + "\"");
        assertThat(readAll("relay.handoff")).as("opening the link changes nothing: mail scanners open links")
                .hasSize(before);
    }

    @Test
    @Order(11)
    void shouldRefuseForgedExpiredAndMisdirectedLinksAppendingNothing() {
        int before = readAll("relay.handoff").size();
        Instant inAWeek = Instant.now().plus(Duration.ofDays(7));
        String forged = AcknowledgementLinks.withKey(java.util.Base64.getEncoder().encodeToString(
                "not the relay's link key, 32 bytes or more".getBytes(StandardCharsets.UTF_8)))
                .token(NEXT_RECEIVED, "KZ-75", inAWeek);
        String expired = LINKS.token(NEXT_RECEIVED, "KZ-75", Instant.now().minusSeconds(1));
        String anotherNotification = LINKS.token(NEXT_SECOND + "-kz-33", "KZ-33", inAWeek);
        String anotherRegion = LINKS.token(NEXT_RECEIVED, "KZ-33", inAWeek);

        for (String token : List.of(forged, expired, anotherNotification, anotherRegion, "", "abc.def")) {
            ResponseEntity<String> refused = followLink(NEXT_RECEIVED, token, null);
            assertThat(refused.getStatusCode().value()).as("token %s", token).isEqualTo(403);
            assertThat(refused.getBody()).contains("Сілтеме жарамсыз", "Ссылка недействительна", "The link is not valid");
        }
        assertThat(openLink(NEXT_RECEIVED, forged).getStatusCode().value()).isEqualTo(403);
        assertThat(openLink(NEXT_RECEIVED, expired).getBody()).doesNotContain("method=\"post\"");
        String unknown = "handoff-it-next-09-kz-10-kz-10";
        assertThat(followLink(unknown, LINKS.token(unknown, "KZ-10", inAWeek), null).getStatusCode().value())
                .isEqualTo(404);

        assertThat(readAll("relay.handoff")).as("refused links append nothing").hasSize(before);
        assertThat(get("/api/notifications/" + NEXT_RECEIVED).getBody()).contains("\"acknowledged\":false");
    }

    @Test
    @Order(12)
    void shouldAcknowledgeOnceByTheLinkAsTheRegionsTeamRecordingNoToken(CapturedOutput output) {
        String token = linkToken(NEXT_RECEIVED, "KZ-75");

        ResponseEntity<String> done = followLink(NEXT_RECEIVED, token, LINK_COMMENT);

        assertThat(done.getStatusCode().value()).isEqualTo(200);
        assertThat(done.getBody()).contains("Рахмет! Эстафетаны қабылдағаныңыз тіркелді.").doesNotContain(token);
        List<HandoffAcknowledged> acks = acknowledgementsOf(NEXT_RECEIVED);
        assertThat(acks).hasSize(1);
        assertThat(acks.get(0).getRegionCode()).isEqualTo("KZ-75");
        assertThat(acks.get(0).getComment()).isEqualTo(LINK_COMMENT);
        assertThat(acks.get(0).getEnvelope().getActor()).as("the region's team, by the link")
                .isEqualTo(new Actor(ActorKind.REGIONAL_TEAM, "acknowledgement-link", "Regional team KZ-75 (e-mail link)",
                        "KZ-75"));
        String signature = token.substring(token.indexOf('.') + 1);
        assertThat(TopicLog.readAll("relay.handoff", new ByteArrayDeserializer()))
                .as("no record holds the token").extracting(r -> new String(r.value(), StandardCharsets.ISO_8859_1))
                .noneMatch(bytes -> bytes.contains(signature));
        assertThat(output.getAll()).as("nor does the log").doesNotContain(signature);
        int after = readAll("relay.handoff").size();

        ResponseEntity<String> again = followLink(NEXT_RECEIVED, token, "екінші рет");

        assertThat(again.getStatusCode().value()).as("single use").isEqualTo(409);
        assertThat(again.getBody()).contains("бұрын расталған", "уже подтверждено", "already acknowledged");
        assertThat(openLink(NEXT_RECEIVED, token).getBody()).contains("already acknowledged")
                .doesNotContain("method=\"post\"");
        assertThat(readAll("relay.handoff")).as("a second use appends nothing").hasSize(after);
        assertThat(acknowledgementsOf(NEXT_RECEIVED)).hasSize(1);
    }

    private static String linkToken(String notificationId, String region) {
        return LINKS.token(notificationId, region, Instant.now().plus(Duration.ofDays(14)));
    }

    /** Opens the link as the mail's reader does: no token of the issuer, the link's token in the address. */
    private ResponseEntity<String> openLink(String notificationId, String token) {
        return browser().get().uri("/acknowledge/{id}?token={token}", notificationId, token).retrieve()
                .onStatus(s -> true, (req, res) -> { }).toEntity(String.class);
    }

    /** Presses the page's button: posts the form with the token (and a comment). */
    private ResponseEntity<String> followLink(String notificationId, String token, String comment) {
        LinkedMultiValueMap<String, String> form = new LinkedMultiValueMap<>();
        form.add("token", token);
        if (comment != null) {
            form.add("comment", comment);
        }
        return browser().post().uri("/acknowledge/{id}", notificationId).contentType(MediaType.APPLICATION_FORM_URLENCODED)
                .body(form).retrieve().onStatus(s -> true, (req, res) -> { }).toEntity(String.class);
    }

    private RestClient browser() {
        return RestClient.builder().baseUrl("http://localhost:" + port).defaultHeader("Accept", "text/html").build();
    }

    private static List<HandoffAcknowledged> acknowledgementsOf(String notificationId) {
        return of(readAll("relay.handoff"), HandoffAcknowledged.class).stream()
                .filter(a -> a.getNotificationId().equals(notificationId)).toList();
    }

    // ---- REST ---------------------------------------------------------------------------------

    /** As an operator unless a request says otherwise. */
    private RestClient client() {
        return RestClient.builder().baseUrl("http://localhost:" + port)
                .defaultHeaders(TestIssuer.bearer(TestIssuer.operator())).build();
    }

    private ResponseEntity<String> get(String uri) {
        return client().get().uri(uri).retrieve().onStatus(s -> true, (req, res) -> { }).toEntity(String.class);
    }

    private ResponseEntity<String> get(String uri, String token) {
        return client().get().uri(uri).headers(TestIssuer.bearer(token)).retrieve()
                .onStatus(s -> true, (req, res) -> { }).toEntity(String.class);
    }

    /** As Almaty city's team. */
    private ResponseEntity<String> acknowledge(String notificationId, String region, String comment) {
        return acknowledge(notificationId, region, comment, ALMATY_TEAM);
    }

    private ResponseEntity<String> acknowledge(String notificationId, String region, String comment, String token) {
        String body = "{\"regionCode\":\"" + region + "\"" + (comment == null ? "" : ",\"comment\":\"" + comment + "\"")
                + "}";
        return client().post().uri("/api/notifications/{id}/acknowledge", notificationId).headers(TestIssuer.bearer(token))
                .contentType(MediaType.APPLICATION_JSON).body(body).retrieve()
                .onStatus(s -> true, (req, res) -> { }).toEntity(String.class);
    }

    private static void assertProblem(ResponseEntity<String> response, int status) {
        assertThat(response.getStatusCode().value()).isEqualTo(status);
        assertThat(response.getHeaders().getContentType()).isNotNull();
        assertThat(response.getHeaders().getContentType().toString()).contains("application/problem+json");
    }

    // ---- Kafka --------------------------------------------------------------------------------

    private static void send(String key, SpecificRecord event) throws Exception {
        TopicLog.send("relay.scheduling", key, event);
    }

    /** Waits until the handoff listener has committed every record of relay.scheduling. */
    private static void awaitReactionsCaughtUp() {
        TopicLog.awaitCaughtUp("handoff-reactions", "relay.scheduling");
    }

    private static List<ConsumerRecord<String, SpecificRecord>> escalationsOf(String notificationId) {
        return readAll("relay.handoff").stream().filter(r -> r.value() instanceof HandoffEscalated e
                && e.getNotificationId().equals(notificationId)).toList();
    }

    /** The dead letters of scheduling's records keyed {@code key}. */
    private static List<ConsumerRecord<String, byte[]>> deadLettersOf(String key) {
        return TopicLog.readAll("relay.scheduling.DLT", new ByteArrayDeserializer()).stream()
                .filter(r -> key.equals(r.key())).toList();
    }

    private static String header(ConsumerRecord<String, byte[]> record, String name) {
        Header header = record.headers().lastHeader(name);
        return header == null ? "" : new String(header.value(), StandardCharsets.UTF_8);
    }

    private static <T> List<T> of(List<ConsumerRecord<String, SpecificRecord>> records, Class<T> type) {
        return records.stream().map(ConsumerRecord::value).filter(type::isInstance).map(type::cast).toList();
    }

    private static List<ConsumerRecord<String, SpecificRecord>> readAll(String topic) {
        return TopicLog.readAll(topic);
    }
}
