package kz.civicrelay.platform.audit;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

import org.apache.avro.Schema;
import org.apache.avro.specific.SpecificRecord;
import org.jspecify.annotations.Nullable;

import kz.civicrelay.events.Actor;
import kz.civicrelay.events.Envelope;

import kz.civicrelay.platform.envelope.Envelopes;

/**
 * Which events {@code forumctl tail} shows: each filter given must match (AND); within one filter any of its values
 * may (OR); an empty filter matches everything. Letters compare without case (Kazakh ones too).
 * <ul>
 * <li>series: the envelope's series id; service: the envelope's producer; type: the event's name (BatonPassed);</li>
 * <li>forum: the envelope's forum id, or a top-level field naming another forum ({@code toForumId} of BatonPassed,
 * any field ending in {@code ForumId});</li>
 * <li>region (ISO 3166-2:KZ, KZ-33): a forum hosted there (a forum id ends in the code, {@code …-kz-33}, the
 * envelope's or a {@code …ForumId} field's), the actor's region, or a top-level region field of the event:
 * {@code regionCode}, any ending in {@code RegionCode} (from, to, previous, last, recipient) or {@code Region}
 * (a recommendation's addressee). A participant's region of origin does not count: it is where a person comes
 * from, not where the event happens;</li>
 * <li>actor: part of the actor's id or display name;</li>
 * <li>grep: part of the event's line as {@code tail} prints it without colour (topic, time, type, forum, actor and
 * every field, texts in kk / ru / en).</li>
 * </ul>
 */
public record EventFilter(List<String> series, List<String> forums, List<String> regions, List<String> types,
        List<String> services, List<String> actors, List<String> texts) {

    public EventFilter {
        series = folded(series);
        forums = folded(forums);
        regions = folded(regions);
        types = folded(types);
        services = folded(services);
        actors = folded(actors);
        texts = folded(texts);
    }

    /** Shows everything. */
    public static EventFilter none() {
        return new EventFilter(List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), List.of());
    }

    /** Whether {@code event}, read from {@code topic}, passes every filter given. */
    public boolean matches(String topic, SpecificRecord event) {
        Envelope envelope = Envelopes.of(event);
        Actor actor = envelope.getActor();
        return any(series, value -> value.equals(fold(envelope.getSeriesId())))
                && any(services, value -> value.equals(fold(envelope.getProducer())))
                && any(types, value -> value.equals(fold(event.getSchema().getName())))
                && any(forums, value -> forumIds(event).contains(value))
                && any(regions, value -> inRegion(event, value))
                && any(actors, value -> fold(actor.getId()).contains(value)
                        || fold(actor.getDisplayName()).contains(value))
                && any(texts, value -> fold(EventLine.of(topic, event)).contains(value));
    }

    private static boolean inRegion(SpecificRecord event, String region) {
        return regions(event).contains(region);
    }

    /**
     * The regions (ISO 3166-2:KZ codes, folded: {@code kz-33}) an event is of, as {@code region} filters match: the
     * regions of the forums it names (a forum id ends in its host's code), the actor's, and its region fields.
     */
    public static Set<String> regions(SpecificRecord event) {
        return regions(event, forumIds(event));
    }

    /** As {@link #regions(SpecificRecord)}, given the event's {@link #forumIds} already found. */
    public static Set<String> regions(SpecificRecord event, List<String> forumIds) {
        Set<String> regions = new TreeSet<>();
        for (String forum : forumIds) {
            int dash = forum.lastIndexOf('-', forum.length() - 4);
            if (forum.length() > 5 && dash >= 0 && forum.startsWith("kz-", dash + 1)) {
                regions.add(forum.substring(dash + 1));
            }
        }
        String actorRegion = fold(Envelopes.of(event).getActor().getRegion());
        if (!actorRegion.isEmpty()) {
            regions.add(actorRegion);
        }
        for (Schema.Field field : event.getSchema().getFields()) {
            String name = field.name();
            if ("regionCode".equals(name) || name.endsWith("RegionCode") || name.endsWith("Region")) {
                String value = fold(event.get(field.pos()));
                if (!value.isEmpty()) {
                    regions.add(value);
                }
            }
        }
        return regions;
    }

    /** The envelope's forum id and every top-level {@code …ForumId} field's, folded. */
    public static List<String> forumIds(SpecificRecord event) {
        List<String> ids = new java.util.ArrayList<>();
        String own = Envelopes.of(event).getForumId();
        if (own != null) {
            ids.add(fold(own));
        }
        for (Schema.Field field : event.getSchema().getFields()) {
            Object value = event.get(field.pos());
            if (field.name().endsWith("ForumId") && value != null) {
                ids.add(fold(value));
            }
        }
        return ids;
    }

    private static boolean any(List<String> values, java.util.function.Predicate<String> matches) {
        return values.isEmpty() || values.stream().anyMatch(matches);
    }

    private static List<String> folded(@Nullable List<String> values) {
        return values == null ? List.of() : values.stream().map(EventFilter::fold).filter(v -> !v.isEmpty()).toList();
    }

    /** Lower case without the locale's quirks: Қ and қ, І and і, Ә and ә compare equal. */
    public static String fold(@Nullable Object value) {
        return value == null ? "" : value.toString().strip().toLowerCase(Locale.ROOT);
    }
}
