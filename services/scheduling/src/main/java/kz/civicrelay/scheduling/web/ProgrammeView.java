package kz.civicrelay.scheduling.web;

import java.time.LocalDateTime;
import java.util.List;

import org.jspecify.annotations.Nullable;

import kz.civicrelay.scheduling.domain.Programme;
import kz.civicrelay.scheduling.domain.ProgrammeSession;
import kz.civicrelay.scheduling.domain.Series;
import kz.civicrelay.scheduling.domain.SessionKind;

/**
 * A forum's programme as the API shows it: sessions in time order, times local to {@code timeZone};
 * {@code editable} while the baton has not reached the forum.
 */
record ProgrammeView(String seriesId, String forumId, String timeZone, boolean editable, List<Session> sessions) {

    record Session(String sessionId, SessionKind kind, TextDto topic, LocalDateTime start, LocalDateTime end,
            @Nullable String room, @Nullable String moderator, @Nullable Integer capacity) {

        static Session of(ProgrammeSession s) {
            return new Session(s.sessionId(), s.kind(), TextDto.of(s.topic()), s.start(), s.end(), s.room(),
                    s.moderator(), s.capacity());
        }
    }

    static ProgrammeView of(Series series, String forumId) {
        return new ProgrammeView(series.seriesId(), forumId, Programme.ZONE.getId(), series.isEditable(forumId),
                series.programme(forumId).stream().map(Session::of).toList());
    }
}
