package vn.hanoi.gateway.kpi;

import java.time.OffsetDateTime;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;
import vn.hanoi.gateway.dossiers.DossierFacts;
import vn.hanoi.gateway.dossiers.Timestamps;
import vn.hanoi.gateway.problem.ApiException;
import vn.hanoi.gateway.problem.ErrorCode;

/** Ratings and complaints in {@code kpi_rating}, about dossiers the indicators count ({@code kpi_dossier}). */
@Repository
class Ratings {

    private final JdbcClient jdbc;
    private final DossierFacts facts;

    Ratings(JdbcClient jdbc, DossierFacts facts) {
        this.jdbc = jdbc;
        this.facts = facts;
    }

    record Recorded(String ratingId, String dossierCode, RatingBody.Source source,
                    RatingBody.Satisfaction satisfaction, RatingBody.Complaint complaint, OffsetDateTime ratedAt) {
    }

    /** The rating, and what it makes true of its dossier's facts, in one transaction. */
    @Transactional
    Recorded record(String dossierCode, RatingBody.Rating rating) {
        boolean known = jdbc.sql("SELECT COUNT(*) FROM kpi_dossier WHERE dossier_code = :code")
                .param("code", dossierCode).query(Long.class).single() > 0;
        if (!known) {
            throw new ApiException(ErrorCode.NOT_FOUND, "The gateway holds no dossier " + dossierCode + ".");
        }
        String id = UUID.randomUUID().toString();
        jdbc.sql("INSERT INTO kpi_rating (rating_id, dossier_code, source, satisfaction, complaint, rated_at) "
                        + "VALUES (:id, :code, :source, :satisfaction, :complaint, :at)")
                .param("id", id).param("code", dossierCode).param("source", rating.source().name())
                .param("satisfaction", rating.satisfaction() == null ? null : rating.satisfaction().name())
                .param("complaint", rating.complaint() == null ? null : rating.complaint().name())
                .param("at", Timestamps.sql(rating.ratedAt())).update();
        facts.rated(dossierCode, rating.satisfaction() == RatingBody.Satisfaction.DISSATISFIED
                || rating.complaint() != null);
        return new Recorded(id, dossierCode, rating.source(), rating.satisfaction(), rating.complaint(),
                Timestamps.inVietnam(rating.ratedAt()));
    }
}
