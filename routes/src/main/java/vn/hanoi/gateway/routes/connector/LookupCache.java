package vn.hanoi.gateway.routes.connector;

import java.time.Duration;
import java.util.Optional;

/**
 * Where canonical records are kept between lookups. Keys are already keyed hashes ({@link CacheKeys}):
 * an implementation never sees a personal identifier.
 */
public interface LookupCache {

    Optional<CachedRecord> get(String hashedKey);

    /** Keep the record for {@code keepFor}: its freshness time plus however long it may serve stale. */
    void put(String hashedKey, CachedRecord record, Duration keepFor);
}
