package vn.hanoi.gateway.mappings.land;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.time.LocalDate;

/**
 * How long a land use lasts: for good ({@link #LONG_TERM}, no end date) or until a day. Written in JSON as
 * {@code "LONG_TERM"} or an ISO date ({@code "2064-12-31"}).
 */
public record UseTerm(LocalDate until) {

    public static final UseTerm LONG_TERM = new UseTerm(null);

    private static final String LONG_TERM_JSON = "LONG_TERM";

    public static UseTerm endingOn(LocalDate lastDay) {
        return new UseTerm(lastDay);
    }

    public boolean isLongTerm() {
        return until == null;
    }

    @JsonValue
    String toJson() {
        return isLongTerm() ? LONG_TERM_JSON : until.toString();
    }

    @JsonCreator
    static UseTerm fromJson(String json) {
        return LONG_TERM_JSON.equals(json) ? LONG_TERM : endingOn(LocalDate.parse(json));
    }
}
