package kz.civicrelay.console.board;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.apache.avro.specific.SpecificRecord;
import org.jspecify.annotations.Nullable;

import kz.civicrelay.events.Actor;
import kz.civicrelay.events.ActorKind;
import kz.civicrelay.events.DeliverySubscriptionAdded;
import kz.civicrelay.events.ParticipantRegistered;
import kz.civicrelay.platform.envelope.Envelopes;

/**
 * The personal data an event shows (decision 0015): a participant's full name, organisation, e-mail address and
 * phone number, the name of
 * a participant who acted themself, with the region the person comes from, and a team's e-mail address or webhook
 * URL (a subscription), with the team's region. Kept beside the entry, never shown as
 * such, so that whoever may not see it gets the entry with each of these values {@linkplain EventEntry#withheld
 * withheld}, whatever field carries them (the fields, the actor, a dead letter's reason).
 *
 * @param region the person's region of origin; null when unknown (then only those who see every region see it)
 * @param values the texts to withhold, longest first (so a name inside an organisation's name goes with it)
 */
public record PersonalData(@Nullable String region, List<String> values) {

    public PersonalData {
        values = values.stream().filter(v -> !v.isBlank()).distinct()
                .sorted(Comparator.comparingInt(String::length).reversed()).toList();
    }

    /** What of {@code event} is personal; null for an event that names no person taking part. */
    public static @Nullable PersonalData of(SpecificRecord event) {
        List<String> values = new ArrayList<>();
        String region = null;
        if (event instanceof ParticipantRegistered registered) {
            values.add(registered.getFullName());
            values.add(registered.getOrganisation());
            if (registered.getEmail() != null) {
                values.add(registered.getEmail());
            }
            if (registered.getPhone() != null) {
                values.add(registered.getPhone());
            }
            region = registered.getRegionOfOrigin();
        }
        if (event instanceof kz.civicrelay.events.ParticipantWaitlisted waitlisted) {
            values.add(waitlisted.getFullName());
            values.add(waitlisted.getOrganisation());
            if (waitlisted.getEmail() != null) {
                values.add(waitlisted.getEmail());
            }
            if (waitlisted.getPhone() != null) {
                values.add(waitlisted.getPhone());
            }
            region = waitlisted.getRegionOfOrigin();
        }
        if (event instanceof DeliverySubscriptionAdded subscription) {
            values.add(subscription.getAddress());
            region = subscription.getOwner().startsWith("KZ-") ? subscription.getOwner() : null;
        }
        Actor actor = Envelopes.of(event).getActor();
        if (actor.getKind() == ActorKind.PARTICIPANT && actor.getDisplayName() != null) {
            values.add(actor.getDisplayName());
            region = region != null ? region : actor.getRegion();
        }
        return values.isEmpty() ? null : new PersonalData(region, values);
    }

    /** {@code text} with every value replaced by {@code marker}. */
    public String withheldFrom(String text, String marker) {
        String shown = text;
        for (String value : values) {
            shown = shown.replace(value, marker);
        }
        return shown;
    }
}
