package vn.hanoi.gateway.kpi;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import vn.hanoi.gateway.mappings.npsp.PortalTime;
import vn.hanoi.gateway.validation.FieldChecks;

/**
 * The KPI's period {@code [from, to)}, from the query: each bound an ISO date (a whole day in Vietnam: {@code to}
 * is then inclusive) or an instant with offset; a bound left out is open.
 */
record Period(Instant from, Instant to) {

    static final String INVALID_PERIOD = "INVALID_PERIOD";
    private static final Instant BEGINNING = Instant.parse("2000-01-01T00:00:00Z");
    private static final Instant END = Instant.parse("9999-01-01T00:00:00Z");

    static Period parse(String from, String to) {
        FieldChecks checks = new FieldChecks();
        Instant start = bound(checks, "from", from, false);
        Instant end = bound(checks, "to", to, true);
        if (start != null && end != null && !start.isBefore(end)) {
            checks.add("to", INVALID_PERIOD, "must be after from");
        }
        checks.verify();
        return new Period(start, end);
    }

    Instant fromOrBeginning() {
        return from == null ? BEGINNING : from;
    }

    Instant toOrEnd() {
        return to == null ? END : to;
    }

    private static Instant bound(FieldChecks checks, String field, String value, boolean endOfDay) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            if (value.length() == 10) {
                LocalDate day = LocalDate.parse(value);
                return (endOfDay ? day.plusDays(1) : day).atStartOfDay(PortalTime.VIETNAM).toInstant();
            }
            return OffsetDateTime.parse(value.replace(' ', '+')).toInstant();
        } catch (DateTimeParseException malformed) {
            checks.add(field, INVALID_PERIOD, "an ISO date (2026-11-28) or an instant with offset");
            return null;
        }
    }
}
