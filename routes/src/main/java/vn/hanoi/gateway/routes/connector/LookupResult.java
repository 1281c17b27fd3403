package vn.hanoi.gateway.routes.connector;

import java.time.Instant;

/** A canonical record with where it came from: the system, the cache state, and when the upstream answered. */
public record LookupResult(String system, Object record, CacheState cache, Instant retrievedAt) {
}
