package vn.hanoi.gateway.routes.connector;

import java.time.Duration;
import java.time.Instant;

/** A canonical record held in the lookup cache, with the instant its upstream answered. */
public record CachedRecord(Object record, Instant retrievedAt) {

    public boolean isFreshAt(Instant now, Duration ttl) {
        return retrievedAt.plus(ttl).isAfter(now);
    }

    public boolean isUsableStaleAt(Instant now, Duration maxStale) {
        return retrievedAt.plus(maxStale).isAfter(now);
    }
}
