package kz.civicrelay.console.access;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import org.jspecify.annotations.Nullable;

import kz.civicrelay.platform.security.Caller;
import kz.civicrelay.platform.security.RelayRole;

/**
 * The parts of the console not open to the public, with the roles that reach them and the endpoints behind
 * them: one table, read both by the endpoint rules ({@link ConsoleAccess}) and by {@code /api/me}, so the page
 * shows exactly the panels whose data it would be given. The relay track, forum pages, status and schemas are
 * public and are no panel.
 */
public enum Panel {
    /** The events list, the live stream, the history and an event's detail, and the timeline on a forum's page; personal data withheld but for operators and the person's region's team. */
    EVENTS(List.of(RelayRole.OPERATOR, RelayRole.AUDITOR, RelayRole.REGIONAL_TEAM), "/api/events", "/api/events/*",
            "/api/stream", "/api/history"),
    /** A regional team's notifications, with the baton to acknowledge (operators: every region's). */
    INBOX(List.of(RelayRole.OPERATOR, RelayRole.REGIONAL_TEAM), "/api/inbox"),
    /**
     * Each handoff's notifications: delivery by e-mail and webhook per region, acknowledgements, what is overdue
     * and what was escalated. No addresses: those stay with the delivery service.
     */
    DELIVERY(List.of(RelayRole.OPERATOR, RelayRole.AUDITOR), "/api/series/*/deliveries"),
    /**
     * A forum's delegations, waitlist and lists to print, read from registration as the caller (registration withholds
     * other regions' people from a team).
     */
    ROSTER(List.of(RelayRole.OPERATOR, RelayRole.REGIONAL_TEAM), "/api/forums/*/delegations", "/api/forums/*/waitlist",
            "/api/forums/*/lists/*"),
    /** A series replayed and checked. */
    AUDIT(List.of(RelayRole.OPERATOR, RelayRole.AUDITOR), "/api/series/*/audit"),
    /** The processes of {@code forumctl up} and the records set aside on dead-letter topics. */
    SYSTEM(List.of(RelayRole.OPERATOR, RelayRole.AUDITOR), "/api/processes", "/api/dead-letters",
            "/api/dead-letters/counts");

    private final List<RelayRole> roles;
    private final String[] paths;

    Panel(List<RelayRole> roles, String... paths) {
        this.roles = roles;
        this.paths = paths;
    }

    RelayRole[] roles() {
        return roles.toArray(RelayRole[]::new);
    }

    String[] paths() {
        return paths.clone();
    }

    /** Whether {@code caller} (null: the public) reaches this panel. */
    public boolean openTo(@Nullable Caller caller) {
        return caller != null && roles.stream().anyMatch(caller::has);
    }

    /** The panel's name for the page, e.g. {@code events}. */
    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The names of the panels {@code caller} reaches, in this order. */
    static List<String> openTo(List<Panel> panels, @Nullable Caller caller) {
        return panels.stream().filter(p -> p.openTo(caller)).map(Panel::key).toList();
    }

    static List<Panel> all() {
        return Arrays.asList(values());
    }
}
