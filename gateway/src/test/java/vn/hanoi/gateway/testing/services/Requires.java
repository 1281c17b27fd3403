package vn.hanoi.gateway.testing.services;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The test class needs these external services ({@link LocalServices}): without one it is skipped, saying so on
 * the console; under {@code CI=true} it fails instead, so CI never passes a test it did not run.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@ExtendWith(LocalServices.class)
public @interface Requires {

    Service[] value();
}
