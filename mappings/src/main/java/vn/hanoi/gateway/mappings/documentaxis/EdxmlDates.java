package vn.hanoi.gateway.mappings.documentaxis;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.ResolverStyle;
import java.util.Optional;
import vn.hanoi.gateway.mappings.common.VietnameseDates;
import vn.hanoi.gateway.mappings.npsp.PortalTime;

/**
 * The axis's dates and instants in both forms the public SDK samples write: {@code dd/MM/yyyy[ HH:mm:ss]} and
 * {@code yyyy/MM/dd[ HH:mm:ss]}, in Vietnam time. Anything else, impossible dates included, is unreadable (empty).
 */
public final class EdxmlDates {

    private static final DateTimeFormatter[] DAYS = {strict("d/M/uuuu"), strict("uuuu/M/d")};
    private static final DateTimeFormatter[] INSTANTS = {strict("d/M/uuuu H:m:s"), strict("uuuu/M/d H:m:s")};

    private EdxmlDates() {
    }

    public static Optional<LocalDate> day(String text) {
        return VietnameseDates.parse(text, LocalDate::from, DAYS);
    }

    /** An instant; a day alone is read as its start. */
    public static Optional<OffsetDateTime> instant(String text) {
        return VietnameseDates.parse(text, LocalDateTime::from, INSTANTS)
                .or(() -> day(text).map(LocalDate::atStartOfDay))
                .map(local -> local.atZone(PortalTime.VIETNAM).toOffsetDateTime());
    }

    private static DateTimeFormatter strict(String pattern) {
        return DateTimeFormatter.ofPattern(pattern).withResolverStyle(ResolverStyle.STRICT);
    }
}
