package vn.hanoi.gateway.testing.services;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.extension.ExtendWith;

/** The test needs the Redis on {@link LocalServices#REDIS_HOST}:{@link LocalServices#REDIS_PORT}: skipped without it, failed under {@code CI=true}. */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@ExtendWith(LocalServices.class)
public @interface RequiresRedis {
}
