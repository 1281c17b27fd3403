package vn.hanoi.gateway.routes.connector;

import static org.assertj.core.api.Assertions.assertThat;

import com.github.benmanes.caffeine.cache.Ticker;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class TwoLevelLookupCacheTest {

    private static final Duration NEAR_TTL = Duration.ofSeconds(10);
    private static final Duration KEEP_FOR = Duration.ofHours(1);
    private static final CachedRecord FIRST = new CachedRecord("first", Instant.parse("2026-11-28T01:00:00Z"));
    private static final CachedRecord REFRESHED = new CachedRecord("refreshed", Instant.parse("2026-11-28T01:20:00Z"));

    private final AtomicLong nanos = new AtomicLong();
    private final SharedStub shared = new SharedStub();
    private final TwoLevelLookupCache cache = new TwoLevelLookupCache(shared, 100, NEAR_TTL, (Ticker) nanos::get);

    @Test
    void writesToTheNearAndTheSharedCacheWithTheSameKeepFor() {
        cache.put("k", FIRST, KEEP_FOR);

        assertThat(shared.puts).containsExactly("k " + KEEP_FOR);
        assertThat(shared.copy).contains(FIRST);
    }

    @Test
    void answersFromTheNearCopyWithoutAskingTheSharedCacheWithinTheNearTtl() {
        cache.put("k", FIRST, KEEP_FOR);
        advance(NEAR_TTL.minusMillis(1));

        assertThat(cache.get("k")).contains(FIRST);
        assertThat(shared.gets).isZero();
    }

    @Test
    void learnsARecordAnotherInstanceFetchedFromTheSharedCache() {
        shared.copy = Optional.of(FIRST);

        assertThat(cache.get("k")).contains(FIRST);
        assertThat(cache.get("k")).contains(FIRST);
        assertThat(shared.gets).isEqualTo(1);
    }

    @Test
    void takesTheSharedCopyOnceTheNearTtlHasPassed() {
        cache.put("k", FIRST, KEEP_FOR);
        shared.copy = Optional.of(REFRESHED);
        advance(NEAR_TTL);

        assertThat(cache.get("k")).contains(REFRESHED);
        assertThat(cache.get("k")).contains(REFRESHED);
        assertThat(shared.gets).isEqualTo(1);
    }

    @Test
    void keepsAnsweringFromItsOwnCopyWhenTheSharedCacheHasNone() {
        cache.put("k", FIRST, KEEP_FOR);
        shared.copy = Optional.empty();
        advance(KEEP_FOR.minusSeconds(1));

        assertThat(cache.get("k")).contains(FIRST);
    }

    @Test
    void forgetsALearnedCopyAfterTheNearTtlWhenTheSharedCacheHasNoneLeft() {
        shared.copy = Optional.of(FIRST);
        cache.get("k");
        shared.copy = Optional.empty();
        advance(NEAR_TTL);

        assertThat(cache.get("k")).isEmpty();
    }

    @Test
    void forgetsItsOwnCopyAfterKeepFor() {
        cache.put("k", FIRST, KEEP_FOR);
        shared.copy = Optional.empty();
        advance(KEEP_FOR);

        assertThat(cache.get("k")).isEmpty();
    }

    private void advance(Duration by) {
        nanos.addAndGet(by.toNanos());
    }

    private static final class SharedStub implements LookupCache {
        Optional<CachedRecord> copy = Optional.empty();
        int gets;
        final List<String> puts = new ArrayList<>();

        @Override
        public Optional<CachedRecord> get(String hashedKey) {
            gets++;
            return copy;
        }

        @Override
        public void put(String hashedKey, CachedRecord record, Duration keepFor) {
            puts.add(hashedKey + " " + keepFor);
            copy = Optional.of(record);
        }
    }
}
