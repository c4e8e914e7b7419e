package kz.civicrelay.delivery.webhook;

import java.net.URI;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.cloudevents.CloudEvent;
import io.cloudevents.core.builder.CloudEventBuilder;
import io.cloudevents.jackson.JsonCloudEventData;
import io.cloudevents.jackson.JsonFormat;
import kz.civicrelay.delivery.domain.HandoffPackage;
import kz.civicrelay.delivery.domain.Language;
import kz.civicrelay.delivery.domain.Message;
import kz.civicrelay.delivery.domain.Subscription;
import kz.civicrelay.reference.Trilingual;

/**
 * What a webhook receives: a CloudEvents 1.0 event in structured JSON mode (UTF-8). {@code id} is the message id
 * (the receiver's idempotency key, the same on every attempt); {@code source} is {@code urn:civicrelay:handoff}
 * for a region's notification (handoff issued it) and {@code urn:civicrelay:delivery} for the operators' alerts
 * and the verification ping; {@code type} is {@code kz.civicrelay.notification.<kind>} (e.g.
 * {@code baton-received}, {@code escalation}, {@code delivery-abandoned}); {@code subject} the forum id;
 * {@code time} when the message was issued; {@code data} the message as JSON, its texts in the subscription's
 * languages, with the handoff package (the series' open recommendations in full, however many) when it has one.
 */
final class CloudEventBody {

    static final String CONTENT_TYPE = "application/cloudevents+json; charset=utf-8";
    static final String VERIFICATION = "kz.civicrelay.subscription.verification";

    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;
    private static final JsonFormat FORMAT = new JsonFormat();

    private CloudEventBody() {
    }

    static byte[] of(Message message) {
        return of(message, List.of(Language.values()));
    }

    static byte[] of(Message message, Subscription subscription) {
        return of(message, subscription.languages());
    }

    private static byte[] of(Message message, List<Language> languages) {
        boolean alert = Subscription.SECRETARIAT.equals(message.owner());
        CloudEventBuilder event = CloudEventBuilder.v1().withId(message.messageId())
                .withSource(URI.create(alert ? "urn:civicrelay:delivery" : "urn:civicrelay:handoff"))
                .withType("kz.civicrelay.notification." + message.kind().toLowerCase(Locale.ROOT).replace('_', '-'))
                .withTime(message.issuedAt().atOffset(ZoneOffset.UTC)).withDataContentType("application/json")
                .withData(JsonCloudEventData.wrap(data(message, languages)));
        if (message.forumId() != null) {
            event.withSubject(message.forumId());
        }
        return serialize(event.build());
    }

    /** The ping a new webhook must answer 2xx before it is subscribed. */
    static byte[] verification(String id, String owner, Instant at) {
        ObjectNode data = JSON.objectNode().put("owner", owner)
                .put("note", "Civic relay checks that this URL receives its notifications. Answer 2xx.");
        return serialize(CloudEventBuilder.v1().withId(id).withSource(URI.create("urn:civicrelay:delivery"))
                .withType(VERIFICATION).withTime(at.atOffset(ZoneOffset.UTC)).withDataContentType("application/json")
                .withData(JsonCloudEventData.wrap(data)).build());
    }

    private static byte[] serialize(CloudEvent event) {
        return FORMAT.serialize(event);
    }

    private static ObjectNode data(Message m, List<Language> languages) {
        ObjectNode data = JSON.objectNode().put("notificationId", m.messageId()).put("seriesId", m.seriesId())
                .put("forumId", m.forumId()).put("recipient", m.owner()).put("kind", m.kind())
                .put("fromRegionCode", m.fromRegionCode()).put("toRegionCode", m.toRegionCode());
        data.set("message", text(m.text(), languages));
        data.put("acknowledgementRequired", m.acknowledgementRequired());
        HandoffPackage p = m.handoffPackage();
        if (p != null) {
            data.set("handoffPackage", handoffPackage(p, languages));
        }
        return data;
    }

    private static ObjectNode handoffPackage(HandoffPackage p, List<Language> languages) {
        ObjectNode node = JSON.objectNode().put("completedForumId", p.completedForumId());
        HandoffPackage.AdoptedResolution r = p.resolution();
        if (r != null) {
            ObjectNode resolution = node.putObject("resolution").put("resolutionId", r.resolutionId())
                    .put("contentHash", r.contentHash());
            resolution.set("title", text(r.title(), languages));
            resolution.set("recommendationsByAddressee", counts(r.recommendationsByAddressee()));
        }
        if (p.registeredCount() != null) {
            node.put("registeredCount", p.registeredCount());
        }
        node.set("participantsByCategory", counts(p.participantsByCategory()));
        HandoffPackage.NextForum n = p.nextForum();
        if (n != null) {
            ObjectNode next = node.putObject("nextForum").put("forumId", n.forumId())
                    .put("startDate", n.startDate().toString()).put("endDate", n.endDate().toString());
            next.set("city", text(n.city(), languages));
            next.set("venue", text(n.venue(), languages));
        }
        var open = node.putArray("openRecommendations");
        p.openRecommendations().forEach(o -> {
            ObjectNode item = open.addObject().put("forumId", o.forumId()).put("recommendationId", o.recommendationId())
                    .put("addresseeKind", o.addresseeKind());
            item.set("addressee", text(o.addressee(), languages));
            item.set("text", text(o.text(), languages));
            item.put("status", o.status());
        });
        node.put("openRecommendationsLeftOut", p.openRecommendationsLeftOut());
        return node;
    }

    private static ObjectNode text(Trilingual text, List<Language> languages) {
        ObjectNode node = JSON.objectNode();
        languages.forEach(l -> node.put(l.code(), l.of(text)));
        return node;
    }

    private static ObjectNode counts(Map<String, Integer> counts) {
        ObjectNode node = JSON.objectNode();
        new TreeMap<>(counts).forEach(node::put);
        return node;
    }
}
