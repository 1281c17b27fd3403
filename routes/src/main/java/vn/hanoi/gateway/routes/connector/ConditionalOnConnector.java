package vn.hanoi.gateway.routes.connector;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.context.annotation.Conditional;

/**
 * Declares a connector's beans only when {@code gateway.connectors.<value>.base-url} has a value (the sandbox sets
 * it when it runs; production from the environment). Unlike {@code @ConditionalOnProperty}, a key that is present
 * but resolves to nothing (an empty value, or a property source whose server has gone, as a test's WireMock's does)
 * counts as absent, so the connector's settings are never bound without their base URL.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
@Documented
@Conditional(ConnectorConfiguredCondition.class)
public @interface ConditionalOnConnector {

    /** The connector's name, as under {@code gateway.connectors}. */
    String value();
}
