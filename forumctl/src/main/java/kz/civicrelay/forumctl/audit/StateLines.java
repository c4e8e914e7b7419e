package kz.civicrelay.forumctl.audit;

import java.util.ArrayList;
import java.util.List;

import kz.civicrelay.forumctl.audit.SeriesReport.Forum;

/** The series as it stood, in a few lines for the terminal: who held the baton, each forum, what is not known. */
public final class StateLines {

    private StateLines() {
    }

    public static List<String> of(SeriesReport r) {
        List<String> lines = new ArrayList<>();
        lines.add((r.asOf() == null ? "The whole log" : "As of " + r.asOf() + " (" + r.cutBy() + ")") + ": " + r.events() + " events; baton held by "
                + (r.batonHolder() == null ? "nobody" : r.batonHolder()));
        for (Forum f : r.forums()) {
            lines.add(String.format("  %2d %-28s %-4s %-16s registered %s; resolution %s", f.position(), f.forumId(),
                    f.regionCode(), f.status(),
                    f.registration() == null || f.registration().registeredCount() == null ? "?"
                            : f.registration().registeredCount() + "/" + f.capacity(),
                    f.resolution() == null ? "none" : f.resolution().status() + " (" + f.resolution().versions().size()
                            + " revisions)"));
        }
        r.notAvailable().forEach(n -> lines.add("  Not available: " + n));
        return lines;
    }
}
