package vn.hanoi.gateway.dossiers;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import vn.hanoi.gateway.mappings.npsp.PortalTime;

/** Instants to and from {@code TIMESTAMP WITH TIME ZONE}, the same way on H2 and PostgreSQL. */
public final class Timestamps {

    private Timestamps() {
    }

    public static OffsetDateTime sql(Instant at) {
        return at == null ? null : at.atOffset(ZoneOffset.UTC);
    }

    public static OffsetDateTime sql(OffsetDateTime at) {
        return at == null ? null : at.withOffsetSameInstant(ZoneOffset.UTC);
    }

    /** As the API shows instants: to the second, with Vietnam's offset. */
    public static OffsetDateTime inVietnam(Instant at) {
        return at == null ? null : PortalTime.inVietnam(sql(at.truncatedTo(ChronoUnit.SECONDS)));
    }

    public static Instant instant(ResultSet row, String column) throws SQLException {
        OffsetDateTime at = row.getObject(column, OffsetDateTime.class);
        return at == null ? null : at.toInstant();
    }
}
