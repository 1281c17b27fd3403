package vn.hanoi.gateway.logging;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.logging.LogLevel;
import org.springframework.boot.logging.LoggingSystem;
import org.springframework.boot.test.autoconfigure.actuate.observability.AutoConfigureObservability;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import vn.hanoi.gateway.testing.GatewayHttp;

/** Human-readable logs (sandbox): a line logged while serving a request names that request's correlation id. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureObservability
@ExtendWith(OutputCaptureExtension.class)
class CorrelationIdInLogsIT {

    private static final String LOGGER = "vn.hanoi.gateway.ops";

    @LocalServerPort
    int port;

    @Autowired
    LoggingSystem logging;

    @Test
    void aLineLoggedDuringARequestCarriesItsCorrelationId(CapturedOutput output) {
        logging.setLogLevel(LOGGER, LogLevel.DEBUG);
        try {
            new GatewayHttp(port).get("/api/v1/ops/summary", "X-API-Key", GatewayHttp.OPS_KEY,
                    "X-Correlation-Id", "ops-log-check-1");
        } finally {
            logging.setLogLevel(LOGGER, null);
        }

        assertThat(output.getAll().lines().filter(line -> line.contains("Ops summary served")))
                .singleElement()
                .satisfies(line -> assertThat(line).contains("DEBUG").contains("[ops-log-check-1]"));
    }
}
