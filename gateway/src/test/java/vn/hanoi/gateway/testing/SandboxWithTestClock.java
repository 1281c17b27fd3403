package vn.hanoi.gateway.testing;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.time.Instant;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;

/**
 * The gateway in sandbox mode on a random port with a {@link TestClock} for "now" (from 2026-11-28 10:00 in Hà Nội,
 * the fixtures' present), and a client {@code counter-only} ({@value #COUNTER_ONLY_KEY}) entitled to dossiers and
 * population only. Every test class so annotated shares one application context.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "gateway.clients.counter-only.api-key=" + SandboxWithTestClock.COUNTER_ONLY_KEY,
        "gateway.clients.counter-only.datasets=dossiers,population"})
@Import(SandboxWithTestClock.Clocks.class)
public @interface SandboxWithTestClock {

    String COUNTER_ONLY_KEY = "test-counter-only-key";
    String FIXTURES_PRESENT = "2026-11-28T10:00:00+07:00";

    @TestConfiguration(proxyBeanMethods = false)
    class Clocks {

        @Bean
        @Primary
        TestClock testClock() {
            return new TestClock(Instant.parse("2026-11-28T03:00:00Z"));
        }
    }
}
