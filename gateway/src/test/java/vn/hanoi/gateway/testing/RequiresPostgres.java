package vn.hanoi.gateway.testing;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A test class that needs the PostgreSQL on 127.0.0.1:5432 (trust auth, database {@code test}, user
 * {@code postgres}; {@code .ci/run} starts it). When it is unreachable the class is skipped with a message
 * saying so, except under {@code CI=true}, where it fails: CI must not pass without PostgreSQL. Use
 * {@link TestPostgres#register} for a fresh schema of its own.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@ExtendWith(PostgresAvailable.class)
public @interface RequiresPostgres {
}
