package vn.hanoi.gateway.routes.connector;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Base64;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import vn.hanoi.gateway.mappings.population.Citizen;

class EncryptingLookupCacheTest {

    private static final String PERSONAL_ID = "001051409167";
    private static final String NAME = "Đặng Văn Sơn";
    private static final String KEY = "population:lookup:6f1c0a";
    private static final Instant RETRIEVED = Instant.parse("2026-11-28T01:10:00Z");

    private final MapCache outside = new MapCache();
    private final EncryptingLookupCache cache = new EncryptingLookupCache(outside, bytes(32, 7));

    @Test
    void aRecordComesBackEqualToWhatWasPut() {
        cache.put(KEY, new CachedRecord(citizen(), RETRIEVED), Duration.ofMinutes(10));

        Optional<CachedRecord> back = cache.get(KEY);

        assertThat(back).contains(new CachedRecord(citizen(), RETRIEVED));
        assertThat(cache.get("population:lookup:other")).isEmpty();
    }

    @Test
    void theStoredBytesRevealNeitherTheIdNorTheName() {
        cache.put(KEY, new CachedRecord(citizen(), RETRIEVED), Duration.ofMinutes(10));

        byte[] stored = outside.sealed(KEY);
        String asText = new String(stored, StandardCharsets.UTF_8) + new String(stored, StandardCharsets.ISO_8859_1);
        assertThat(asText).doesNotContain(PERSONAL_ID).doesNotContain(NAME).doesNotContain("Sơn")
                .doesNotContain("dateOfBirth").doesNotContain("1951");
        assertThat(outside.entries.get(KEY).record()).isInstanceOf(SealedRecord.class);
    }

    @Test
    void theSameRecordIsSealedDifferentlyEachTime() {
        cache.put(KEY, new CachedRecord(citizen(), RETRIEVED), Duration.ofMinutes(10));
        byte[] first = outside.sealed(KEY);
        cache.put(KEY, new CachedRecord(citizen(), RETRIEVED), Duration.ofMinutes(10));

        assertThat(outside.sealed(KEY)).isNotEqualTo(first);
    }

    @Test
    void aTamperedEntryIsRefused() {
        cache.put(KEY, new CachedRecord(citizen(), RETRIEVED), Duration.ofMinutes(10));
        byte[] tampered = outside.sealed(KEY);
        tampered[tampered.length / 2] ^= 0x01;
        outside.entries.put(KEY, new CachedRecord(new SealedRecord(tampered), RETRIEVED));

        assertThat(cache.get(KEY)).isEmpty();
    }

    @Test
    void anEntryMovedToAnotherKeyOrGivenAnotherAgeIsRefused() {
        cache.put(KEY, new CachedRecord(citizen(), RETRIEVED), Duration.ofMinutes(10));
        CachedRecord stored = outside.entries.get(KEY);
        outside.entries.put("population:lookup:other", stored);
        outside.entries.put(KEY, new CachedRecord(stored.record(), RETRIEVED.plusSeconds(3600)));

        assertThat(cache.get("population:lookup:other")).isEmpty();
        assertThat(cache.get(KEY)).isEmpty();
    }

    @Test
    void anEntrySealedUnderAnotherKeyOrNotSealedIsRefused() {
        new EncryptingLookupCache(outside, bytes(32, 9)).put(KEY, new CachedRecord(citizen(), RETRIEVED), Duration.ofMinutes(1));
        assertThat(cache.get(KEY)).isEmpty();

        outside.entries.put(KEY, new CachedRecord(citizen(), RETRIEVED));
        assertThat(cache.get(KEY)).isEmpty();
    }

    @Test
    void theKeyComesFromConfigurationAsBase64OfAnAesKeySize() {
        String configured = Base64.getEncoder().encodeToString(bytes(16, 3));
        EncryptingLookupCache fromConfig = EncryptingLookupCache.withBase64Key(outside, configured);
        fromConfig.put(KEY, new CachedRecord(citizen(), RETRIEVED), Duration.ofMinutes(1));
        assertThat(fromConfig.get(KEY)).isPresent();

        assertThatThrownBy(() -> EncryptingLookupCache.withBase64Key(outside, "")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new EncryptingLookupCache(outside, bytes(20, 1))).isInstanceOf(IllegalArgumentException.class);
    }

    private static Citizen citizen() {
        return new Citizen(PERSONAL_ID, "622233717", NAME, "Đặng", "Văn", "Sơn", Citizen.Gender.MALE,
                LocalDate.of(1951, 10, 12), 1951, "VN", null, null, Citizen.MaritalStatus.DIVORCED, null, null,
                null, null, null, null, new Citizen.Relative("Vũ Thị Ngọc Yến", "001120910979"), null);
    }

    private static byte[] bytes(int length, int seed) {
        byte[] key = new byte[length];
        for (int i = 0; i < length; i++) {
            key[i] = (byte) (seed * 31 + i);
        }
        return key;
    }

    /** Stands for a cache outside the JVM: keeps exactly what it is given. */
    private static final class MapCache implements LookupCache {
        private final Map<String, CachedRecord> entries = new HashMap<>();

        @Override
        public Optional<CachedRecord> get(String hashedKey) {
            return Optional.ofNullable(entries.get(hashedKey));
        }

        @Override
        public void put(String hashedKey, CachedRecord record, Duration keepFor) {
            entries.put(hashedKey, record);
        }

        byte[] sealed(String key) {
            return ((SealedRecord) entries.get(key).record()).bytes();
        }
    }
}
