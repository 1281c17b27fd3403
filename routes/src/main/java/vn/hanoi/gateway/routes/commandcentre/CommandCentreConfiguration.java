package vn.hanoi.gateway.routes.commandcentre;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Clock;
import org.apache.camel.ProducerTemplate;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import vn.hanoi.gateway.routes.connector.ConditionalOnConnector;

/** The command centre's routes, when its {@code base-url} is configured (the sandbox simulates it). */
@Configuration(proxyBeanMethods = false)
@ConditionalOnConnector("command-centre")
class CommandCentreConfiguration {

    @Bean
    CommandCentreRoutes commandCentreRoutes(IndicatorReports reports, ObjectMapper json, Clock clock) {
        return new CommandCentreRoutes(reports, new ReportOutcomes(json, reports, clock), clock);
    }

    @Bean
    ReportSender commandCentreReportSender(ProducerTemplate producer) {
        return new ReportSender(producer);
    }
}
