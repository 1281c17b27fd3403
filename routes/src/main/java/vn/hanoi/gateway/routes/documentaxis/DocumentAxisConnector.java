package vn.hanoi.gateway.routes.documentaxis;

import java.time.Clock;
import java.time.Duration;
import net.javacrumbs.shedlock.core.LockProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import vn.hanoi.gateway.routes.connector.ConditionalOnConnector;
import vn.hanoi.gateway.routes.connector.Connector;
import vn.hanoi.gateway.routes.connector.Connectors;
import vn.hanoi.gateway.routes.jobs.OneInstanceAtATime;

/**
 * Declares the document-axis connector when its {@code base-url} is configured (the sandbox simulates it): the
 * session (token) that sending and the inbox share, and the routes that send the transfers' documents (through the
 * call route {@link AxisInboxConfiguration} declares, the one way the gateway calls the axis from Camel).
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnConnector("document-axis")
@EnableConfigurationProperties({AxisSettings.class, SendingSettings.class})
class DocumentAxisConnector {

    @Bean
    AxisSession axisSession(Connectors connectors, AxisSettings settings, Clock clock) {
        Connector connector = connectors.connector(AxisSession.SYSTEM);
        return new AxisSession(connectors.httpClient(AxisSession.SYSTEM), settings,
                connector.properties().getAttemptTimeout(), connector.properties().getMaxResponseSize(),
                connector.metrics(), clock);
    }

    @Bean
    AxisSendingRoutes axisSendingRoutes(TransferOutbox outbox, AxisSettings settings, SendingSettings sending,
                                        LockProvider jobLocks, @Value("${gateway.jobs.lock.at-most-for}") Duration atMostFor,
                                        Clock clock) {
        return new AxisSendingRoutes(outbox, new SendingOutcomes(outbox, sending, clock), sending,
                new OneInstanceAtATime(jobLocks, AxisSendingRoutes.SEND, settings.pollInterval(), atMostFor, clock),
                settings.pollInterval(), clock);
    }
}
