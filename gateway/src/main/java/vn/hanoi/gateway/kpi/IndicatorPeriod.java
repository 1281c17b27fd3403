package vn.hanoi.gateway.kpi;

import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import vn.hanoi.gateway.mappings.npsp.PortalTime;
import vn.hanoi.gateway.problem.ApiException;

/**
 * A reporting period: whole Vietnam days, {@code from} and {@code to} both inclusive and both required, {@code from}
 * ≤ {@code to}, at most {@value #MAX_DAYS} days; anything else is 400 {@code VALIDATION_FAILED} with
 * {@code INVALID_PERIOD}.
 */
record IndicatorPeriod(LocalDate from, LocalDate to) {

    static final int MAX_DAYS = 366;

    static IndicatorPeriod parse(String from, String to) {
        LocalDate start = day("from", from);
        LocalDate end = day("to", to);
        if (end.isBefore(start)) {
            throw ApiException.invalid("to", Period.INVALID_PERIOD, "must not be before from");
        }
        if (ChronoUnit.DAYS.between(start, end) + 1 > MAX_DAYS) {
            throw ApiException.invalid("to", Period.INVALID_PERIOD, "a period is at most " + MAX_DAYS + " days");
        }
        return new IndicatorPeriod(start, end);
    }

    /** The first instant of the period. */
    Instant start() {
        return from.atStartOfDay(PortalTime.VIETNAM).toInstant();
    }

    /** The first instant after the period. */
    Instant end() {
        return to.plusDays(1).atStartOfDay(PortalTime.VIETNAM).toInstant();
    }

    private static LocalDate day(String field, String value) {
        if (value == null || value.isBlank()) {
            throw ApiException.invalid(field, Period.INVALID_PERIOD, "an ISO date (2026-11-28) is required");
        }
        try {
            return LocalDate.parse(value);
        } catch (DateTimeParseException malformed) {
            throw ApiException.invalid(field, Period.INVALID_PERIOD, "an ISO date (2026-11-28)");
        }
    }
}
