package vn.hanoi.gateway.correlation;

import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

/**
 * New correlation ids: random (version 4) UUIDs from the thread's own generator. A correlation id
 * traces a request and grants nothing, so it needs no cryptographic randomness, and
 * {@link UUID#randomUUID()} makes every request thread queue for one shared {@code SecureRandom}
 * (a JFR profile under load showed them blocked there).
 */
final class CorrelationIds {

    private CorrelationIds() {
    }

    static String next() {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        long high = (random.nextLong() & ~0xF000L) | 0x4000L;
        long low = (random.nextLong() & 0x3FFFFFFFFFFFFFFFL) | 0x8000000000000000L;
        return new UUID(high, low).toString();
    }
}
