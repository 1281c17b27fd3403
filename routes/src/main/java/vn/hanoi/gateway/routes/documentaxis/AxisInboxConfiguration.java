package vn.hanoi.gateway.routes.documentaxis;

import java.time.Clock;
import java.time.Duration;
import net.javacrumbs.shedlock.core.LockProvider;
import org.apache.camel.ProducerTemplate;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import vn.hanoi.gateway.routes.connector.ConditionalOnConnector;
import vn.hanoi.gateway.routes.connector.ConnectorProperties;
import vn.hanoi.gateway.routes.connector.Connectors;
import vn.hanoi.gateway.routes.jobs.OneInstanceAtATime;

/**
 * The gateway's inbox at the axis, when the connector is configured: the authenticated call route it shares with
 * whatever else calls the axis through Camel, and the reading job.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnConnector("document-axis")
@EnableConfigurationProperties(InboxSettings.class)
class AxisInboxConfiguration {

    @Bean
    AxisCallRoute axisCallRoute(Connectors connectors, AxisSession session, AxisSettings settings) {
        ConnectorProperties properties = connectors.connector(AxisSession.SYSTEM).properties();
        return new AxisCallRoute(session, settings.baseUrl() + "?throwExceptionOnFailure=false"
                + "&connectTimeout=" + properties.getConnectTimeout().toMillis()
                + "&responseTimeout=" + properties.getAttemptTimeout().toMillis());
    }

    @Bean
    AxisInboxRoutes axisInboxRoutes(ProducerTemplate producer, AxisInboxLedger ledger, InboxAnswers answers,
                                    AxisSettings axis, InboxSettings settings, LockProvider jobLocks,
                                    @Value("${gateway.jobs.lock.at-most-for}") Duration lockAtMostFor, Clock clock) {
        return new AxisInboxRoutes(new InboxReading(producer, ledger, axis.organId(), settings, clock),
                new AnswerSending(producer, answers, clock), settings, axis.pollInterval(),
                job -> new OneInstanceAtATime(jobLocks, job, axis.pollInterval(), lockAtMostFor, clock));
    }
}
