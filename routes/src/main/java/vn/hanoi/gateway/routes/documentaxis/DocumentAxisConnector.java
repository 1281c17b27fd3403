package vn.hanoi.gateway.routes.documentaxis;

import java.time.Clock;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import vn.hanoi.gateway.routes.connector.ConditionalOnConnector;
import vn.hanoi.gateway.routes.connector.Connector;
import vn.hanoi.gateway.routes.connector.Connectors;

/**
 * Declares the document-axis connector when its {@code base-url} is configured (the sandbox simulates it): the
 * session (token) that sending and the inbox share, and the routes that send the transfers' documents.
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
    AxisSendingRoutes axisSendingRoutes(Connectors connectors, TransferOutbox outbox, AxisSession session,
                                        AxisSettings settings, SendingSettings sending, JobLocks jobLocks,
                                        Clock clock) {
        Connector connector = connectors.connector(AxisSession.SYSTEM);
        return new AxisSendingRoutes(outbox, session, new SendingOutcomes(outbox, sending, clock), sending,
                jobLocks.onOneInstance(AxisSendingRoutes.SEND, settings.pollInterval()),
                settings.pollInterval(), new AxisSendingRoutes.Timeouts(connector.properties().getConnectTimeout(),
                        connector.properties().getAttemptTimeout()), clock);
    }
}
