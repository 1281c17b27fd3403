package vn.hanoi.gateway.mappings.npsp;

import java.time.DateTimeException;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.ResolverStyle;
import vn.hanoi.gateway.mappings.common.Text;

/** The portal's instants: {@code yyyyMMddHHmmss} in Vietnam time (UTC+7); an absent one is {@code ""}. */
public final class PortalTime {

    public static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");
    private static final DateTimeFormatter FORMAT =
            DateTimeFormatter.ofPattern("uuuuMMddHHmmss").withResolverStyle(ResolverStyle.STRICT);

    private PortalTime() {
    }

    public static String format(OffsetDateTime at) {
        return at == null ? "" : FORMAT.format(at.atZoneSameInstant(VIETNAM));
    }

    /** The instant, in Vietnam time; blank or unreadable gives {@code null}. */
    public static OffsetDateTime parse(String text) {
        String plain = Text.blankToNull(text);
        if (plain == null) {
            return null;
        }
        try {
            return LocalDateTime.parse(plain, FORMAT).atZone(VIETNAM).toOffsetDateTime();
        } catch (DateTimeException unreadable) {
            return null;
        }
    }

    /** The same instant written with Vietnam's offset, as the API shows instants. */
    public static OffsetDateTime inVietnam(OffsetDateTime at) {
        return at == null ? null : at.atZoneSameInstant(VIETNAM).toOffsetDateTime();
    }
}
