package vn.hanoi.gateway.mappings.common;

import java.time.LocalDate;
import java.time.Year;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.time.temporal.TemporalQuery;
import java.util.Optional;

/**
 * Dates as Vietnamese systems write them: {@code dd/MM/yyyy} days, {@code MM/yyyy} months, {@code yyyy}
 * years. Days are read in that one spelling only (a one-digit day or month is tolerated); an ISO-8601
 * month ({@code 2019-11}) is read too. Impossible dates (31/02/2020) are unreadable.
 */
public final class VietnameseDates {

    private static final DateTimeFormatter DAY = strict("d/M/uuuu");
    private static final DateTimeFormatter MONTH = strict("M/uuuu");
    private static final DateTimeFormatter ISO_MONTH = strict("uuuu-MM");
    private static final DateTimeFormatter YEAR = strict("uuuu");

    private VietnameseDates() {
    }

    /** {@code 07/02/2010} or {@code 7/2/2010}; empty for anything else, ISO {@code 2010-02-07} included. */
    public static Optional<LocalDate> day(String text) {
        return parse(text, LocalDate::from, DAY);
    }

    /** {@code 11/2019} or {@code 2019-11}. */
    public static Optional<YearMonth> month(String text) {
        return parse(text, YearMonth::from, MONTH, ISO_MONTH);
    }

    /** A four-digit year, {@code 1985}. */
    public static Optional<Integer> year(String text) {
        return parse(text, Year::from, YEAR).map(Year::getValue);
    }

    /** {@code text} read with the first of {@code formats} that reads it whole; empty when blank or none does. */
    public static <T> Optional<T> parse(String text, TemporalQuery<T> query, DateTimeFormatter... formats) {
        String value = Text.blankToNull(text);
        if (value == null) {
            return Optional.empty();
        }
        for (DateTimeFormatter format : formats) {
            Optional<T> parsed = tryParse(value, format, query);
            if (parsed.isPresent()) {
                return parsed;
            }
        }
        return Optional.empty();
    }

    private static <T> Optional<T> tryParse(String value, DateTimeFormatter format, TemporalQuery<T> query) {
        try {
            return Optional.of(format.parse(value, query));
        } catch (DateTimeParseException unreadable) {
            return Optional.empty();
        }
    }

    private static DateTimeFormatter strict(String pattern) {
        return DateTimeFormatter.ofPattern(pattern).withResolverStyle(ResolverStyle.STRICT);
    }
}
