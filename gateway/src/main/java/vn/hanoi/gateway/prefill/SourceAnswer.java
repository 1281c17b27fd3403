package vn.hanoi.gateway.prefill;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;

/**
 * What one source said for a prefill: its record (a register's canonical record, or the warehouse's list of the
 * owner's documents) and when it was retrieved; that it holds nothing; that it was not asked (nothing to ask it
 * with: no parcel, or an applicant of the other type); or that it could not answer in time.
 */
record SourceAnswer(Outcome outcome, JsonNode record, Instant retrievedAt) {

    enum Outcome { FOUND, NOT_FOUND, NOT_ASKED, UNAVAILABLE }

    static SourceAnswer found(JsonNode record, Instant retrievedAt) {
        return new SourceAnswer(Outcome.FOUND, record, retrievedAt);
    }

    static SourceAnswer notFound(Instant answeredAt) {
        return new SourceAnswer(Outcome.NOT_FOUND, null, answeredAt);
    }

    static SourceAnswer notAsked() {
        return new SourceAnswer(Outcome.NOT_ASKED, null, null);
    }

    static SourceAnswer unavailable() {
        return new SourceAnswer(Outcome.UNAVAILABLE, null, null);
    }
}
