package vn.hanoi.gateway.kpi;

import java.time.Instant;
import java.time.OffsetDateTime;
import vn.hanoi.gateway.validation.FieldChecks;

/**
 * The body of {@code POST /api/v1/dossiers/{dossierCode}/ratings}: where the rating was given, how satisfied the
 * applicant was, and what a complaint was about; at least one of the two. {@code ratedAt} (an instant with offset)
 * defaults to when the gateway received it.
 */
record RatingBody(String source, String satisfaction, String complaint, String ratedAt) {

    static final String NOTHING_RATED = "NOTHING_RATED";

    enum Source { COUNTER_DEVICE, PORTAL }

    enum Satisfaction { VERY_SATISFIED, SATISFIED, DISSATISFIED }

    enum Complaint { RECEIPT, SETTLEMENT }

    record Rating(Source source, Satisfaction satisfaction, Complaint complaint, Instant ratedAt) {
    }

    Rating checked(Instant now) {
        FieldChecks checks = new FieldChecks();
        Source where = checks.choice("source", source, Source.class);
        Satisfaction how = satisfaction == null ? null : checks.choice("satisfaction", satisfaction, Satisfaction.class);
        Complaint about = complaint == null ? null : checks.choice("complaint", complaint, Complaint.class);
        if (satisfaction == null && complaint == null) {
            checks.add("satisfaction", NOTHING_RATED, "a satisfaction, a complaint, or both");
        }
        OffsetDateTime at = checks.instant("ratedAt", ratedAt, false);
        checks.verify();
        return new Rating(where, how, about, at == null ? now : at.toInstant());
    }
}
