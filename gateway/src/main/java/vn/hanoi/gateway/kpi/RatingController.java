package vn.hanoi.gateway.kpi;

import java.time.Clock;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import vn.hanoi.gateway.access.Access;
import vn.hanoi.gateway.access.Dataset;
import vn.hanoi.gateway.mappings.npsp.DossierCode;
import vn.hanoi.gateway.problem.ApiException;

/**
 * {@code POST /api/v1/dossiers/{dossierCode}/ratings}: a rating or complaint about a dossier, from a counter device
 * or the portal; what the {@code SATISFACTION} indicator counts. No personal data: a dossier code and choices.
 */
@RestController
class RatingController {

    private final Ratings ratings;
    private final Clock clock;
    private final DossierCode dossierCodes = new DossierCode();

    RatingController(Ratings ratings, Clock clock) {
        this.ratings = ratings;
        this.clock = clock;
    }

    @PostMapping(path = "/api/v1/dossiers/{dossierCode}/ratings", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Access(dataset = Dataset.DOSSIERS)
    ResponseEntity<Ratings.Recorded> rate(@PathVariable String dossierCode, @RequestBody RatingBody body) {
        dossierCodes.violation(dossierCode).ifPresent(message -> {
            throw ApiException.invalid("dossierCode", dossierCodes.code(), message);
        });
        RatingBody.Rating rating = body.checked(clock.instant());
        return ResponseEntity.status(HttpStatus.CREATED).body(ratings.record(dossierCode, rating));
    }
}
