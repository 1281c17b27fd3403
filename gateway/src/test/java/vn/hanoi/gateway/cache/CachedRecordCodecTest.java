package vn.hanoi.gateway.cache;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.hanoi.gateway.mappings.business.Enterprise;
import vn.hanoi.gateway.mappings.common.CanonicalJson;
import vn.hanoi.gateway.mappings.insurance.InsuranceRecord;
import vn.hanoi.gateway.mappings.land.Parcel;
import vn.hanoi.gateway.mappings.population.Citizen;
import vn.hanoi.gateway.routes.connector.CachedRecord;
import vn.hanoi.gateway.testing.BundledFixtures;

class CachedRecordCodecTest {

    static final Map<String, Class<?>> CANONICAL_TYPES = Map.of(
            "population", Citizen.class, "business", Enterprise.class,
            "insurance", InsuranceRecord.class, "land", Parcel.class);
    private static final Instant RETRIEVED_AT = Instant.parse("2026-11-28T01:02:03.456789Z");
    private static final ObjectMapper JSON = CanonicalJson.newMapper();

    private final CachedRecordCodec codec = new CachedRecordCodec();

    /** Record {@code id} of {@code system}, as its canonical fixture describes it. */
    static Object canonical(String system, String id) {
        try {
            return JSON.readValue(BundledFixtures.root().resolve(system + "/canonical/" + id + ".json").toFile(),
                    CANONICAL_TYPES.get(system));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Test
    void readsBackEveryCanonicalFixtureRecordEqualToWhatWasWritten() {
        CANONICAL_TYPES.keySet().forEach(system -> BundledFixtures.names(system + "/canonical").forEach(id -> {
            CachedRecord written = new CachedRecord(canonical(system, id), RETRIEVED_AT);
            assertThat(codec.decode(codec.encode(written))).as(system + " " + id).isEqualTo(written);
        }));
    }

    @Test
    void readsBackAnOpaqueRecordSuchAsAnEncryptingCacheWouldStore() {
        byte[] sealed = {0, 1, 2, (byte) 0xff};
        CachedRecord read = codec.decode(codec.encode(new CachedRecord(new Sealed(sealed), RETRIEVED_AT)));

        assertThat(((Sealed) read.record()).bytes()).containsExactly(sealed);
        assertThat(read.retrievedAt()).isEqualTo(RETRIEVED_AT);
    }

    @Test
    void refusesToInstantiateATypeOutsideTheGateway() {
        String foreign = "{\"type\":\"java.util.HashMap\",\"retrievedAt\":\"2026-11-28T01:00:00Z\",\"record\":{}}";

        assertThatThrownBy(() -> codec.decode(foreign)).isInstanceOf(CachedRecordCodec.UnreadableValueException.class);
    }

    @Test
    void treatsADamagedOrForeignValueAsUnreadable() {
        for (String damaged : new String[] {"", "not json", "[]", "{\"record\":{}}",
                "{\"type\":\"vn.hanoi.gateway.NoSuchType\",\"retrievedAt\":\"2026-11-28T01:00:00Z\",\"record\":{}}"}) {
            assertThatThrownBy(() -> codec.decode(damaged)).as(damaged)
                    .isInstanceOf(CachedRecordCodec.UnreadableValueException.class);
        }
    }

    /** What an encrypting cache puts in place of a record: bytes only. */
    record Sealed(byte[] bytes) {
    }
}
