package kz.civicrelay.scheduling.web;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;

import net.fortuna.ical4j.data.CalendarOutputter;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.ParameterList;
import net.fortuna.ical4j.model.component.Standard;
import net.fortuna.ical4j.model.property.DateProperty;
import net.fortuna.ical4j.model.property.DtEnd;
import net.fortuna.ical4j.model.property.Summary;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.component.VTimeZone;
import net.fortuna.ical4j.model.property.CalScale;
import net.fortuna.ical4j.model.property.Categories;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.DtStamp;
import net.fortuna.ical4j.model.property.DtStart;
import net.fortuna.ical4j.model.property.Location;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.Status;
import net.fortuna.ical4j.model.property.TzId;
import net.fortuna.ical4j.model.property.TzName;
import net.fortuna.ical4j.model.property.TzOffsetFrom;
import net.fortuna.ical4j.model.property.TzOffsetTo;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.Version;
import net.fortuna.ical4j.model.property.XProperty;
import net.fortuna.ical4j.validate.ValidationException;
import net.fortuna.ical4j.validate.ValidationResult;

import kz.civicrelay.reference.Regions;
import kz.civicrelay.reference.Trilingual;
import kz.civicrelay.scheduling.domain.ForumStatus;
import kz.civicrelay.scheduling.domain.PlannedForum;
import kz.civicrelay.scheduling.domain.Programme;
import kz.civicrelay.scheduling.domain.ProgrammeSession;
import kz.civicrelay.scheduling.domain.Series;

/**
 * iCalendar (RFC 5545) feeds of the public plan, built with ical4j and validated as they are written: a series as
 * one all-day event per forum, a forum's programme as one timed event per session in Kazakhstan's time zone (with
 * its VTIMEZONE). Texts are kk / ru / en; UIDs are stable (the series, forum and session ids), so a calendar app
 * updates an event in place when the plan changes.
 */
final class CalendarFeed {

    static final String MEDIA_TYPE = "text/calendar;charset=UTF-8";
    private static final String PRODUCT = "-//civic-relay//Forum relay of Kazakhstan//EN";
    private static final String UID_DOMAIN = "@civic-relay.kz";

    private CalendarFeed() {
    }

    /** One all-day event per forum of the series (its first day to the day after its last), cancelled ones marked. */
    static String ofSeries(Series series, Instant stamp) {
        Calendar calendar = calendar(series.title().map(Trilingual::joined).orElse(series.seriesId()));
        for (PlannedForum forum : series.forums()) {
            VEvent event = new VEvent(forum.startDate(), forum.endDate().plusDays(1), summary(forum));
            event.add(new Uid(forum.forumId() + UID_DOMAIN));
            event.replace(new DtStamp(stamp));
            event.add(new Location(forum.venue().joined() + ", " + forum.city().joined()));
            event.add(new Description(forum.theme().joined()));
            event.add(new Categories(Regions.byCode(forum.regionCode()).name().joined()));
            if (series.statusOf(forum.forumId()) == ForumStatus.CANCELLED) {
                event.add(new Status(Status.VALUE_CANCELLED));
            }
            calendar.add(event);
        }
        return written(calendar);
    }

    /** One event per session of the forum's programme, times in Asia/Almaty with its VTIMEZONE. */
    static String ofProgramme(Series series, String forumId, Instant stamp) {
        PlannedForum forum = series.forum(forumId);
        Calendar calendar = calendar(summary(forum));
        calendar.add(kazakhstan());
        for (ProgrammeSession session : series.programme(forumId)) {
            VEvent event = new VEvent(false);
            event.add(kazakhTime(new DtStart<>(session.start())));
            event.add(kazakhTime(new DtEnd<>(session.end())));
            event.add(new Summary(session.topic().joined()));
            event.add(new Uid(forumId + "." + session.sessionId() + UID_DOMAIN));
            event.replace(new DtStamp(stamp));
            String room = session.room();
            event.add(new Location(room == null ? forum.venue().joined() : room + ", " + forum.venue().joined()));
            String moderator = session.moderator();
            event.add(new Description(forum.localTitle().joined()
                    + (moderator == null ? "" : "\nModerator / Модератор / Модератор: " + moderator)));
            event.add(new Categories(session.kind().name()));
            if (series.statusOf(forumId) == ForumStatus.CANCELLED) {
                event.add(new Status(Status.VALUE_CANCELLED));
            }
            calendar.add(event);
        }
        return written(calendar);
    }

    private static Calendar calendar(String name) {
        Calendar calendar = new Calendar();
        calendar.add(new ProdId(PRODUCT));
        calendar.add(new Version(new ParameterList(), Version.VALUE_2_0));
        calendar.add(new CalScale(CalScale.VALUE_GREGORIAN));
        calendar.add(new XProperty("X-WR-CALNAME", name));
        calendar.add(new XProperty("X-WR-TIMEZONE", Programme.ZONE.getId()));
        return calendar;
    }

    /**
     * The wall-clock time as the programme prints it, marked as Kazakhstan's ({@code TZID=Asia/Almaty}). Not via a
     * ZonedDateTime: ical4j would convert it with its own copy of the zone's history, not the VTIMEZONE written here.
     */
    private static <P extends DateProperty<LocalDateTime>> P kazakhTime(P property) {
        property.add(new net.fortuna.ical4j.model.parameter.TzId(Programme.ZONE.getId()));
        return property;
    }

    private static String summary(PlannedForum forum) {
        return forum.localTitle().joined();
    }

    /**
     * Kazakhstan's zone as calendar apps need it: UTC+05:00 since 2024-03-01, when the east of the country moved
     * from +06:00. Programmes begin after that day, so one observance covers every session.
     */
    private static VTimeZone kazakhstan() {
        Standard standard = new Standard();
        standard.add(new DtStart<>("20240301T000000"));
        standard.add(new TzOffsetFrom("+0600"));
        standard.add(new TzOffsetTo("+0500"));
        standard.add(new TzName("+05"));
        VTimeZone zone = new VTimeZone();
        zone.add(new TzId(Programme.ZONE.getId()));
        zone.add(standard);
        return zone;
    }

    private static String written(Calendar calendar) {
        StringWriter out = new StringWriter();
        try {
            ValidationResult result = calendar.validate();
            if (result.hasErrors()) {
                throw new IllegalStateException("The calendar is not valid iCalendar: " + result);
            }
            new CalendarOutputter(false).output(calendar, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (ValidationException e) {
            throw new IllegalStateException("The calendar is not valid iCalendar: " + e.getMessage(), e);
        }
        return out.toString();
    }

}
