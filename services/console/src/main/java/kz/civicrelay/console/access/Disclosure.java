package kz.civicrelay.console.access;

import java.util.List;

import org.jspecify.annotations.Nullable;

import kz.civicrelay.console.board.EventEntry;
import kz.civicrelay.console.board.ForumView;
import kz.civicrelay.console.board.PersonalData;
import kz.civicrelay.console.board.SeriesAuditView;
import kz.civicrelay.console.history.EventDetail;
import kz.civicrelay.platform.security.Caller;
import kz.civicrelay.platform.security.Grant;
import kz.civicrelay.platform.security.RelayRole;

/**
 * What of the relay's events one caller may see (decision 0015), the one place the console withholds personal
 * data: every entry it answers with, in a list, the live stream, an audit, a dead letter or a forum's timeline,
 * passes {@link #shown(EventEntry)}. Operators see names and organisations; a region's team sees those of the
 * people from its region; everyone else who reads events (auditors) sees {@value #WITHHELD} in their place.
 * A caller who may not read events at all gets a forum's page without its timeline.
 */
public final class Disclosure {

    /** What stands where personal data was withheld. */
    public static final String WITHHELD = "•••";

    private final @Nullable Caller caller;

    private Disclosure(@Nullable Caller caller) {
        this.caller = caller;
    }

    /** What {@code caller} (null: the public) may see. */
    public static Disclosure to(@Nullable Caller caller) {
        return new Disclosure(caller);
    }

    /** {@code entry} as this caller may see it. */
    public EventEntry shown(EventEntry entry) {
        PersonalData personal = entry.personal();
        return personal == null || seesPersonalDataFrom(personal.region()) ? entry : entry.withheld(WITHHELD);
    }

    public List<EventEntry> shown(List<EventEntry> entries) {
        return entries.stream().map(this::shown).toList();
    }

    /** The forum's page: its timeline as this caller may see it, or none for a caller who may not read events. */
    public ForumView shown(ForumView forum) {
        List<EventEntry> timeline = forum.timeline();
        if (timeline == null) {
            return forum;
        }
        return forum.withTimeline(Panel.EVENTS.openTo(caller) ? shown(timeline) : null);
    }

    /** An event's detail: its entries, and its raw fields with the same personal data withheld. */
    public EventDetail shown(EventDetail detail) {
        PersonalData personal = detail.event().personal();
        String raw = detail.raw();
        String rawShown = raw == null || personal == null || seesPersonalDataFrom(personal.region()) ? raw
                : personal.withheldFrom(raw, WITHHELD);
        return new EventDetail(shown(detail.event()), rawShown,
                detail.causationId(), shown(detail.causedBy()), shown(detail.caused()), detail.traceId());
    }

    public SeriesAuditView shown(SeriesAuditView audit) {
        return new SeriesAuditView(audit.seriesId(), audit.inOrder(), audit.findings(), shown(audit.events()));
    }

    private boolean seesPersonalDataFrom(@Nullable String region) {
        Caller who = caller;
        if (who == null) {
            return false;
        }
        return who.has(RelayRole.OPERATOR) || region != null && who.may(Grant.inRegion(RelayRole.REGIONAL_TEAM, region));
    }
}
