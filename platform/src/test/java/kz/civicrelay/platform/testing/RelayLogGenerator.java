package kz.civicrelay.platform.testing;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Future;

import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.serialization.StringSerializer;

import kz.civicrelay.events.Actor;
import kz.civicrelay.events.ActorKind;
import kz.civicrelay.events.AddresseeKind;
import kz.civicrelay.events.BatonPassed;
import kz.civicrelay.events.Envelope;
import kz.civicrelay.events.ForumCompleted;
import kz.civicrelay.events.ForumConvened;
import kz.civicrelay.events.ForumPreparationOpened;
import kz.civicrelay.events.ForumScheduled;
import kz.civicrelay.events.HandoffAcknowledged;
import kz.civicrelay.events.HandoffNotificationIssued;
import kz.civicrelay.events.LocalizedText;
import kz.civicrelay.events.NotificationKind;
import kz.civicrelay.events.ParticipantCategory;
import kz.civicrelay.events.ParticipantRegistered;
import kz.civicrelay.events.RecommendationProposed;
import kz.civicrelay.events.RegistrationOpened;
import kz.civicrelay.events.ResolutionAdopted;
import kz.civicrelay.events.ResolutionDraftOpened;
import kz.civicrelay.events.SeriesCompleted;
import kz.civicrelay.events.SeriesPlanned;
import kz.civicrelay.platform.envelope.EnvelopeFactory;
import kz.civicrelay.platform.topics.RelayTopic;
import kz.civicrelay.reference.Region;
import kz.civicrelay.reference.Regions;
import kz.civicrelay.schemas.serde.AvroEventSerializer;

/**
 * Writes whole series to a broker, as the services would have, for benchmarks of reading the log: each series plans
 * its 20 forums (one per region), and each forum opens, registers {@code registrationsPerForum} participants (Kazakh
 * and Russian names made up here, each with an address of their own, so nobody is registered twice), convenes, drafts three recommendations, adopts them, completes and passes the
 * baton with its 20 notifications, one acknowledged; the last completes the series. Events a second apart, each
 * reaction caused by what it reacts to; keyed as the services key them, encoded as they encode them.
 */
public final class RelayLogGenerator {

    private static final String[] GIVEN = { "Айгерім", "Нұрлан", "Әсел", "Ерлан", "Гүлнар", "Дәурен", "Мөлдір",
        "Қайрат", "Жанар", "Серік", "Ольга", "Андрей", "Наталья", "Дмитрий" };
    private static final String[] FAMILY = { "Сәрсенова", "Қасымов", "Өмірбекова", "Жұмабаев", "Тілеуова",
        "Нұрғалиев", "Ким", "Иванов", "Петрова", "Әбішев", "Үсенова", "Ғалымов" };
    private static final Actor OPERATOR = new Actor(ActorKind.OPERATOR, "operator-demo", "Демо операторы", null);
    private static final Actor EDITOR = new Actor(ActorKind.EDITOR, "editor-demo", "Редакция тобы", null);

    private final KafkaProducer<String, SpecificRecord> producer;
    private final int registrationsPerForum;
    private final List<Future<RecordMetadata>> pending = new ArrayList<>();
    /** A second apart from forty days ago: the broker refuses record times in the future. */
    private final SteppingClock clock = new SteppingClock(Instant.now().minus(java.time.Duration.ofDays(40))
            .truncatedTo(java.time.temporal.ChronoUnit.SECONDS), java.time.Duration.ofSeconds(1));
    private long written;
    private final EnvelopeFactory scheduling = new EnvelopeFactory("scheduling", clock);
    private final EnvelopeFactory registration = new EnvelopeFactory("registration", clock);
    private final EnvelopeFactory resolution = new EnvelopeFactory("resolution", clock);
    private final EnvelopeFactory handoff = new EnvelopeFactory("handoff", clock);

    private RelayLogGenerator(KafkaProducer<String, SpecificRecord> producer, int registrationsPerForum) {
        this.producer = producer;
        this.registrationsPerForum = registrationsPerForum;
    }

    /** What was written: how many events, in how many series, and their ids. */
    public record Written(long events, List<String> seriesIds) {
    }

    /**
     * Writes series until at least {@code events} events are written (the relay topics must exist).
     *
     * @param client the producer's settings beyond the bootstrap servers (SASL, if the broker is secured)
     */
    public static Written write(String bootstrapServers, Map<String, Object> client, long events,
            int registrationsPerForum) {
        Map<String, Object> config = new HashMap<>(client);
        config.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        config.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
        config.put(ProducerConfig.ACKS_CONFIG, "all");
        config.put(ProducerConfig.COMPRESSION_TYPE_CONFIG, "lz4");
        config.put(ProducerConfig.LINGER_MS_CONFIG, 20);
        config.put(ProducerConfig.BATCH_SIZE_CONFIG, 256 * 1024);
        List<String> series = new ArrayList<>();
        try (var producer = new KafkaProducer<String, SpecificRecord>(config, new StringSerializer(),
                new AvroEventSerializer())) {
            RelayLogGenerator generator = new RelayLogGenerator(producer, registrationsPerForum);
            for (int n = 1; generator.written < events; n++) {
                String seriesId = String.format("bench-%04d", n);
                generator.series(seriesId);
                series.add(seriesId);
            }
            generator.flush();
            return new Written(generator.written, List.copyOf(series));
        }
    }

    private void series(String seriesId) {
        List<Region> regions = Regions.all();
        List<String> forums = new ArrayList<>();
        for (int i = 0; i < regions.size(); i++) {
            forums.add(forumId(seriesId, i + 1, regions.get(i)));
        }
        Envelope plan = scheduling.forCommand(seriesId, null, OPERATOR);
        send(RelayTopic.SCHEDULING, seriesId, SeriesPlanned.newBuilder().setEnvelope(plan)
                .setTitle(text("Өңірлік форумдар " + seriesId, "Региональные форумы " + seriesId, "Regional forums "
                        + seriesId))
                .setHostOrder(regions.stream().map(Region::code).toList()).setForumIds(forums).build());
        for (int i = 0; i < regions.size(); i++) {
            Region region = regions.get(i);
            LocalDate start = LocalDate.of(2027, 3, 2).plusDays(14L * i);
            send(RelayTopic.SCHEDULING, forums.get(i), ForumScheduled.newBuilder()
                    .setEnvelope(scheduling.causedBy(plan, forums.get(i))).setPosition(i + 1)
                    .setRegionCode(region.code()).setLocalTitle(text("Азаматтық форум", "Гражданский форум", "Civic forum"))
                    .setTheme(text("Жастар және қоғам", "Молодёжь и общество", "Youth and society"))
                    .setCity(trilingual(region.centre())).setVenue(text("Өңірлік кітапхана", "Областная библиотека",
                            "Regional library"))
                    .setStartDate(start).setEndDate(start.plusDays(1)).setCapacity(registrationsPerForum + 50).build());
        }
        Envelope opened = scheduling.forCommand(seriesId, forums.get(0), OPERATOR);
        send(RelayTopic.SCHEDULING, forums.get(0), ForumPreparationOpened.newBuilder().setEnvelope(opened).setPosition(1)
                .setRegionCode(regions.get(0).code()).build());
        for (int i = 0; i < regions.size(); i++) {
            opened = forum(seriesId, forums, regions, i, opened);
        }
    }

    /** Forum {@code i} from its opening to the baton passed on; the next forum's opening. */
    private Envelope forum(String seriesId, List<String> forums, List<Region> regions, int i, Envelope opened) {
        String forum = forums.get(i);
        Region region = regions.get(i);
        send(RelayTopic.REGISTRATION, forum, RegistrationOpened.newBuilder()
                .setEnvelope(registration.causedBy(opened, forum)).setCapacity(registrationsPerForum + 50)
                .setRegionCode(region.code()).build());
        for (int p = 0; p < registrationsPerForum; p++) {
            String name = GIVEN[(p + i) % GIVEN.length] + " " + FAMILY[(p * 7 + i) % FAMILY.length];
            Actor person = new Actor(ActorKind.PARTICIPANT, "participant-" + forum + "-" + p, name, region.code());
            send(RelayTopic.REGISTRATION, forum, ParticipantRegistered.newBuilder()
                    .setEnvelope(registration.forCommand(seriesId, forum, person))
                    .setParticipantId(forum + "-p" + p).setFullName(name).setOrganisation("«Үміт» қоғамдық бірлестігі")
                    .setCategory(ParticipantCategory.NGO).setRegionOfOrigin(region.code())
                    .setLanguages(List.of("kk", "ru")).setEmail("p" + p + "." + forum + "@example.kz").build());
        }
        send(RelayTopic.SCHEDULING, forum, ForumConvened.newBuilder().setEnvelope(scheduling.forCommand(seriesId, forum,
                OPERATOR)).setPosition(i + 1).setRegionCode(region.code()).build());
        String resolutionId = forum + "-resolution";
        Envelope draft = resolution.forCommand(seriesId, forum, EDITOR);
        send(RelayTopic.RESOLUTION, forum, ResolutionDraftOpened.newBuilder().setEnvelope(draft)
                .setResolutionId(resolutionId).setTitle(text("Форум қарары", "Резолюция форума", "Forum resolution"))
                .build());
        List<String> recommendations = new ArrayList<>();
        for (int r = 1; r <= 3; r++) {
            String id = resolutionId + "-rec-" + r;
            recommendations.add(id);
            send(RelayTopic.RESOLUTION, forum, RecommendationProposed.newBuilder()
                    .setEnvelope(resolution.forCommand(seriesId, forum, EDITOR)).setResolutionId(resolutionId)
                    .setRecommendationId(id).setAddresseeKind(AddresseeKind.REGIONAL_AKIMAT)
                    .setAddressee(text("Облыс әкімдігі", "Акимат области", "Regional akimat"))
                    .setText(text("Жастар орталығын ашу " + r, "Открыть молодёжный центр " + r, "Open a youth centre " + r))
                    .build());
        }
        send(RelayTopic.RESOLUTION, forum, ResolutionAdopted.newBuilder()
                .setEnvelope(resolution.forCommand(seriesId, forum, OPERATOR)).setResolutionId(resolutionId)
                .setTitle(text("Форум қарары", "Резолюция форума", "Forum resolution"))
                .setRecommendationIds(recommendations).build());
        Envelope completed = scheduling.forCommand(seriesId, forum, OPERATOR);
        send(RelayTopic.SCHEDULING, forum, ForumCompleted.newBuilder().setEnvelope(completed).setPosition(i + 1)
                .setRegionCode(region.code()).setResolutionId(resolutionId).build());
        if (i + 1 == forums.size()) {
            send(RelayTopic.SCHEDULING, seriesId, SeriesCompleted.newBuilder()
                    .setEnvelope(scheduling.causedBy(completed, null)).setForumCount(forums.size()).setLastForumId(forum)
                    .setLastRegionCode(region.code()).build());
            return completed;
        }
        return pass(seriesId, forums.get(i + 1), regions.get(i + 1), i + 1, forum, region, completed);
    }

    private Envelope pass(String seriesId, String to, Region toRegion, int handoffNumber, String from,
            Region fromRegion, Envelope completed) {
        Envelope baton = handoff.causedBy(completed, from);
        send(RelayTopic.HANDOFF, seriesId, BatonPassed.newBuilder().setEnvelope(baton).setHandoffNumber(handoffNumber)
                .setFromForumId(from).setFromRegionCode(fromRegion.code()).setToForumId(to)
                .setToRegionCode(toRegion.code()).setToPosition(handoffNumber + 1).build());
        for (Region recipient : Regions.all()) {
            String notificationId = to + "-" + recipient.code().toLowerCase(java.util.Locale.ROOT);
            send(RelayTopic.NOTIFICATIONS, recipient.code(), HandoffNotificationIssued.newBuilder()
                    .setEnvelope(handoff.causedBy(baton, to)).setNotificationId(notificationId)
                    .setRecipientRegionCode(recipient.code())
                    .setKind(recipient.equals(toRegion) ? NotificationKind.BATON_RECEIVED : NotificationKind.SERIES_UPDATE)
                    .setFromRegionCode(fromRegion.code()).setToRegionCode(toRegion.code())
                    .setMessage(text("Эстафета келесі өңірге өтті", "Эстафета передана следующему региону",
                            "The baton passed to the next region"))
                    .build());
            if (recipient.equals(toRegion)) {
                Actor team = new Actor(ActorKind.REGIONAL_TEAM, "team-" + recipient.code(), null, recipient.code());
                send(RelayTopic.HANDOFF, seriesId, HandoffAcknowledged.newBuilder()
                        .setEnvelope(handoff.forCommand(seriesId, to, team)).setNotificationId(notificationId)
                        .setRegionCode(recipient.code()).build());
            }
        }
        Envelope opened = scheduling.causedBy(baton, to);
        send(RelayTopic.SCHEDULING, to, ForumPreparationOpened.newBuilder().setEnvelope(opened)
                .setPosition(handoffNumber + 1).setRegionCode(toRegion.code()).setPreviousRegionCode(fromRegion.code())
                .build());
        return opened;
    }

    private void send(RelayTopic topic, String key, SpecificRecord event) {
        pending.add(producer.send(new ProducerRecord<>(topic.topicName(), null, clock.instant().toEpochMilli() - 1000,
                key, event)));
        written++;
        if (pending.size() >= 50_000) {
            flush();
        }
    }

    private void flush() {
        producer.flush();
        for (Future<RecordMetadata> sent : pending) {
            try {
                sent.get();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            } catch (java.util.concurrent.ExecutionException e) {
                throw new IllegalStateException("Writing the generated log failed", e.getCause());
            }
        }
        pending.clear();
    }

    private static String forumId(String seriesId, int position, Region region) {
        return String.format("%s-%02d-%s", seriesId, position, region.code().toLowerCase(java.util.Locale.ROOT));
    }

    private static LocalizedText text(String kk, String ru, String en) {
        return new LocalizedText(kk, ru, en);
    }

    private static LocalizedText trilingual(kz.civicrelay.reference.Trilingual text) {
        return new LocalizedText(text.kk(), text.ru(), text.en());
    }

}
