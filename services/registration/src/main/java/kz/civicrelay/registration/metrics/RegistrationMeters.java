package kz.civicrelay.registration.metrics;

import java.util.Locale;
import java.util.NoSuchElementException;
import java.util.function.Function;

import org.jspecify.annotations.Nullable;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import kz.civicrelay.events.Envelope;
import kz.civicrelay.platform.core.Committed;
import kz.civicrelay.registration.application.RegistrationDesk;
import kz.civicrelay.registration.domain.ForumRegistration;
import kz.civicrelay.registration.domain.RegistrationEvent;
import kz.civicrelay.registration.domain.RegistrationStatus;
import kz.civicrelay.registration.domain.Registrations;

/**
 * {@code relay.registrations.accepted{category}} (a seat, counted as this instance commits it: a person, or each
 * member of a delegation), {@code relay.registrations.waitlisted{category}}, and
 * {@code relay.registrations.refused{reason}} for the desk's refusals: {@code unknown-forum}, {@code not-open},
 * {@code closed}, {@code forum-cancelled}, {@code invalid} (the request itself, e.g. an id used already) or
 * {@code refused} (anything else the forum's rules refuse).
 */
public final class RegistrationMeters implements Committed<RegistrationEvent>, RegistrationDesk.Refusals {

    private final Function<Function<Registrations, String>, String> state;
    private final MeterRegistry registry;

    /** @param state reads the registrations as they stand (the core's {@code read}) */
    public RegistrationMeters(Function<Function<Registrations, String>, String> state, MeterRegistry registry) {
        this.state = state;
        this.registry = registry;
    }

    @Override
    public void committed(RegistrationEvent event, Envelope envelope, @Nullable Envelope cause) {
        if (event instanceof RegistrationEvent.ParticipantRegistered registered) {
            Counter.builder("relay.registrations.accepted").description("Seats given, by participant category")
                    .tag("category", category(registered.registrant().category())).register(registry).increment();
        } else if (event instanceof RegistrationEvent.ParticipantWaitlisted waitlisted) {
            Counter.builder("relay.registrations.waitlisted").description("Places on a waitlist, by participant category")
                    .tag("category", category(waitlisted.registrant().category())).register(registry).increment();
        }
    }

    @Override
    public void refused(String forumId, RuntimeException why) {
        Counter.builder("relay.registrations.refused").description("Requests for a seat refused, by reason")
                .tag("reason", reason(forumId, why)).register(registry).increment();
    }

    /** Why a request was refused, from the exception's kind and the forum's registration as it stands. */
    String reason(String forumId, RuntimeException why) {
        if (why instanceof NoSuchElementException) {
            return "unknown-forum";
        }
        if (why instanceof IllegalArgumentException) {
            return "invalid";
        }
        return state.apply(registrations -> {
            ForumRegistration forum;
            try {
                forum = registrations.forum(forumId);
            } catch (NoSuchElementException unknown) {
                return "unknown-forum";
            }
            if (forum.isCancelled()) {
                return "forum-cancelled";
            }
            if (forum.status() == RegistrationStatus.NOT_OPEN) {
                return "not-open";
            }
            if (forum.status() == RegistrationStatus.CLOSED) {
                return "closed";
            }
            return "refused";
        });
    }

    private static String category(Enum<?> category) {
        return category.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
