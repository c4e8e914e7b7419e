package kz.civicrelay.console.board;

import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

import kz.civicrelay.events.AddresseeKind;
import kz.civicrelay.events.FollowUpStatus;
import kz.civicrelay.reference.Trilingual;

/**
 * Adopted recommendations with their follow-up, in the shape of resolution's {@code GET /api/series/{id}/recommendations}:
 * the rows in the series' order (forums by position, each resolution's text in order), and how many rows each kind of
 * addressee has in each status.
 */
public record FollowUpTable(List<Row> rows, Map<AddresseeKind, Map<FollowUpStatus, Integer>> byAddressee) {

    /**
     * One adopted recommendation: its forum (place in the series, host region), the recommendation as adopted, its
     * status and latest report (none: nulls).
     */
    public record Row(String forumId, int position, @Nullable String regionCode, @Nullable Trilingual region,
            String recommendationId, AddresseeKind addresseeKind, @Nullable Trilingual addressee,
            @Nullable String addresseeRegion, @Nullable Trilingual text, FollowUpStatus status,
            @Nullable String lastReportedOn, @Nullable String lastNote) {

        /** Not started or in progress: still to be done. */
        boolean isOpen() {
            return status == FollowUpStatus.NOT_STARTED || status == FollowUpStatus.IN_PROGRESS;
        }
    }

    /** Which rows to show: of one kind of addressee, in one status (null: any). */
    public record Filter(@Nullable AddresseeKind addresseeKind, @Nullable FollowUpStatus status) {

        /** Every row. */
        public static final Filter NONE = new Filter(null, null);

        /** The filter the request names; {@link IllegalArgumentException} naming the known values for another. */
        public static Filter of(@Nullable String addresseeKind, @Nullable String status) {
            return new Filter(symbol(AddresseeKind.values(), "addresseeKind", addresseeKind),
                    symbol(FollowUpStatus.values(), "status", status));
        }

        boolean admits(Row row) {
            return (addresseeKind == null || row.addresseeKind() == addresseeKind) && (status == null || row.status() == status);
        }

        private static <E extends Enum<E>> @Nullable E symbol(E[] values, String name, @Nullable String given) {
            if (given == null || given.isBlank()) {
                return null;
            }
            return Arrays.stream(values).filter(v -> v.name().equals(given)).findFirst().orElseThrow(
                    () -> new IllegalArgumentException("Unknown " + name + " " + given + "; expected one of "
                            + Arrays.toString(values)));
        }
    }

    /** The table of {@code rows}, counted by addressee and status. */
    static FollowUpTable of(List<Row> rows) {
        Map<AddresseeKind, Map<FollowUpStatus, Integer>> counts = new EnumMap<>(AddresseeKind.class);
        rows.forEach(row -> counts.computeIfAbsent(row.addresseeKind(), kind -> new EnumMap<>(FollowUpStatus.class))
                .merge(row.status(), 1, Integer::sum));
        return new FollowUpTable(List.copyOf(rows), counts);
    }
}
