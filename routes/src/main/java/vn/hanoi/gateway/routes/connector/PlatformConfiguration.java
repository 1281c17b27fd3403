package vn.hanoi.gateway.routes.connector;

import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;

/** The national data-sharing platform ({@code gateway.platform.*}) and the transports registers are reached by. */
@Configuration(proxyBeanMethods = false)
class PlatformConfiguration {

    @Bean
    Platform platform(Environment environment, MeterRegistry meters, Clock clock) {
        PlatformProperties properties = Binder.get(environment).bind(PlatformProperties.PREFIX, PlatformProperties.class)
                .orElseGet(PlatformProperties::new);
        return new Platform(properties, meters, clock);
    }

    @Bean
    Transports transports(Connectors connectors, Platform platform) {
        return new Transports(connectors, platform);
    }
}
