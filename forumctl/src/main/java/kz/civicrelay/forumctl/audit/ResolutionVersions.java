package kz.civicrelay.forumctl.audit;

import java.util.ArrayList;
import java.util.List;

import kz.civicrelay.forumctl.audit.SeriesReport.Version;
import kz.civicrelay.resolution.domain.Adoption;
import kz.civicrelay.resolution.domain.Recommendation;
import kz.civicrelay.resolution.domain.Resolution;
import kz.civicrelay.resolution.domain.Revision;

/** A resolution for the report: every recommendation's every revision in proposal order, and the adopted hash. */
final class ResolutionVersions {

    private ResolutionVersions() {
    }

    static SeriesReport.Resolution of(Resolution resolution) {
        List<Version> versions = new ArrayList<>();
        for (Recommendation recommendation : resolution.recommendations().stream()
                .sorted(Recommendation.IN_PROPOSAL_ORDER).toList()) {
            for (Revision revision : resolution.revisions(recommendation.recommendationId())) {
                versions.add(new Version(recommendation.recommendationId(), revision.revision(),
                        recommendation.status().name(), revision.text().kk(), revision.text().ru(),
                        revision.text().en(), revision.by().actorId(), revision.by().at().toString()));
            }
        }
        Adoption adoption = resolution.adoption().orElse(null);
        return new SeriesReport.Resolution(resolution.resolutionId(), resolution.status().name(),
                resolution.kind().name(), adoption == null ? null : adoption.by().at().toString(),
                adoption == null ? null : adoption.contentHash(), versions);
    }
}
