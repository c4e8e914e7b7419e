package kz.civicrelay.console.board;

import static kz.civicrelay.console.ResolutionSamples.AKIMAT;
import static kz.civicrelay.console.ResolutionSamples.text;
import static kz.civicrelay.console.ResolutionSamples.vote;
import static kz.civicrelay.console.board.ResolutionFoldTest.MINISTRY;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.apache.avro.specific.SpecificRecord;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import kz.civicrelay.console.ResolutionSamples;
import kz.civicrelay.console.SampleEvents;
import kz.civicrelay.console.board.FollowUpTable.Filter;
import kz.civicrelay.console.board.FollowUpTable.Row;
import kz.civicrelay.events.AddresseeKind;
import kz.civicrelay.events.DocumentKind;
import kz.civicrelay.events.FollowUpStatus;
import kz.civicrelay.events.LocalizedText;
import kz.civicrelay.platform.envelope.Envelopes;

/**
 * The series-wide table of adopted recommendations and the open items a later forum inherits, folded from the log:
 * in the series' order however the topics were read (here forum 2's resolution before forum 1's, and the plan last),
 * each row with its latest report, counted by addressee and status, filtered by either.
 */
class FollowUpTableTest {

    private static final String SERIES = "series-follow-up";
    private static final LocalizedText YOUTH_CENTRE = text("Жастар орталығын ашу", "Открыть молодёжный центр",
            "Open a youth centre");
    private static final LocalizedText TEXTBOOKS = text("Оқулықтарды жаңарту", "Обновить учебники", "Renew the textbooks");

    private final SampleEvents forums = new SampleEvents(SERIES);
    private final ResolutionSamples samples = new ResolutionSamples(SERIES);
    private final RelayBoard board = new RelayBoard();
    private final List<SpecificRecord> forumOne = new ArrayList<>();
    private final List<SpecificRecord> forumTwo = new ArrayList<>();
    private Instant now = Instant.parse("2031-04-02T09:00:00Z");
    private long offset;

    @BeforeEach
    void adoptTwoForumsResolutionsAndReportOnThem() {
        // Forum 1 (KZ-33): rec-1 to the akimat, done; rec-2 to the ministry, reported twice, in progress now.
        forumOne.addAll(List.of(samples.draftOpened(1),
                samples.proposed(1, "rec-1", AddresseeKind.REGIONAL_AKIMAT, AKIMAT, YOUTH_CENTRE),
                samples.proposed(1, "rec-2", AddresseeKind.MINISTRY, MINISTRY, TEXTBOOKS),
                samples.adopted(1, DocumentKind.RESOLUTION, null, List.of(
                        ResolutionSamples.adopted("rec-1", AddresseeKind.REGIONAL_AKIMAT, AKIMAT, YOUTH_CENTRE, 1),
                        ResolutionSamples.adopted("rec-2", AddresseeKind.MINISTRY, MINISTRY, TEXTBOOKS, 1))),
                samples.progress(1, "rec-1", FollowUpStatus.DONE, LocalDate.of(2031, 6, 1), "Орталық ашылды"),
                samples.progress(1, "rec-2", FollowUpStatus.NOT_STARTED, LocalDate.of(2031, 5, 1), null),
                samples.progress(1, "rec-2", FollowUpStatus.IN_PROGRESS, LocalDate.of(2031, 6, 2), "Жоба дайын")));
        // Forum 2 (KZ-75): rec-1 to the ministry, nothing reported; forum 3 never adopted anything.
        forumTwo.addAll(List.of(samples.draftOpened(2),
                samples.proposed(2, "rec-1", AddresseeKind.MINISTRY, MINISTRY, TEXTBOOKS),
                samples.voted(2, "rec-1", vote(20, 3, 1)),
                samples.adopted(2, DocumentKind.APPEAL, vote(25, 0, 0), List.of(
                        ResolutionSamples.adopted("rec-1", AddresseeKind.MINISTRY, MINISTRY, TEXTBOOKS, 1)))));
        forumOne.forEach(this::time);
        forumTwo.forEach(this::time);
        SpecificRecord planned = time(forums.planned());
        SpecificRecord first = time(forums.scheduled(1));
        SpecificRecord second = time(forums.scheduled(2));

        forumTwo.forEach(e -> read("relay.resolution", 2, e));
        forumOne.forEach(e -> read("relay.resolution", 1, e));
        read("relay.scheduling", 0, planned);
        read("relay.scheduling", 1, first);
        read("relay.scheduling", 2, second);
    }

    @Test
    void shouldListTheSeriesAdoptedRecommendationsInItsOrderWithTheirLatestReport() {
        FollowUpTable table = board.resolutions().followUp(SERIES, Filter.NONE);

        assertThat(table.rows()).extracting(Row::forumId, Row::recommendationId, Row::status).containsExactly(
                org.assertj.core.groups.Tuple.tuple(samples.forum(1), "rec-1", FollowUpStatus.DONE),
                org.assertj.core.groups.Tuple.tuple(samples.forum(1), "rec-2", FollowUpStatus.IN_PROGRESS),
                org.assertj.core.groups.Tuple.tuple(samples.forum(2), "rec-1", FollowUpStatus.NOT_STARTED));
        Row second = table.rows().get(1);
        assertThat(second.region().kk()).isEqualTo("Жетісу облысы");
        assertThat(second.addressee().kk()).isEqualTo("Ағарту министрлігі");
        assertThat(second.text().kk()).isEqualTo("Оқулықтарды жаңарту");
        assertThat(second.lastReportedOn()).isEqualTo("2031-06-02");
        assertThat(second.lastNote()).isEqualTo("Жоба дайын");
        assertThat(table.rows().get(2).lastReportedOn()).isNull();
        assertThat(table.byAddressee()).isEqualTo(Map.of(
                AddresseeKind.REGIONAL_AKIMAT, Map.of(FollowUpStatus.DONE, 1),
                AddresseeKind.MINISTRY, Map.of(FollowUpStatus.IN_PROGRESS, 1, FollowUpStatus.NOT_STARTED, 1)));
    }

    @Test
    void shouldFilterByKindOfAddresseeAndByStatusAndRefuseAnUnknownOne() {
        assertThat(board.resolutions().followUp(SERIES, Filter.of("MINISTRY", null)).rows()).hasSize(2);
        FollowUpTable done = board.resolutions().followUp(SERIES, Filter.of(null, "DONE"));
        assertThat(done.rows()).extracting(Row::recommendationId).containsExactly("rec-1");
        assertThat(done.byAddressee()).isEqualTo(Map.of(AddresseeKind.REGIONAL_AKIMAT, Map.of(FollowUpStatus.DONE, 1)));
        assertThat(board.resolutions().followUp(SERIES, Filter.of("MINISTRY", "DONE")).rows()).isEmpty();
        assertThat(board.resolutions().followUp("no-such-series", Filter.NONE).rows()).isEmpty();

        assertThatThrownBy(() -> Filter.of("AKIMAT", null)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("Unknown addresseeKind AKIMAT").hasMessageContaining("REGIONAL_AKIMAT");
        assertThatThrownBy(() -> Filter.of(null, "FINISHED")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("NOT_STARTED");
    }

    @Test
    void shouldShowALaterForumTheOpenItemsOfTheForumsBeforeIt() {
        assertThat(board.resolutions().earlierOpen(samples.forum(2)).rows())
                .as("forum 1's items but the one done").extracting(Row::recommendationId).containsExactly("rec-2");
        assertThat(board.resolutions().earlierOpen(samples.forum(1)).rows()).isEmpty();
        assertThat(board.resolutions().earlierOpen("no-such-forum").rows()).isEmpty();
    }

    /** The event, a minute after the one made before it. */
    private SpecificRecord time(SpecificRecord event) {
        now = now.plusSeconds(60);
        Envelopes.of(event).setOccurredAt(now);
        return event;
    }

    private void read(String topic, int partition, SpecificRecord event) {
        board.apply(topic, partition, offset++, event);
    }
}
