package vn.hanoi.gateway.routes.documentaxis;

import java.time.Duration;
import java.util.Objects;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code gateway.connectors.document-axis.*} as the axis connector reads it ({@code document-axis.md}): where the axis
 * is, the organ the gateway is there and its secret (from the environment, {@code GATEWAY_CONNECTORS_DOCUMENTAXIS_*};
 * the sandbox's in {@code application-sandbox.yml}), how often the inbox and the transfer outbox are polled, and the
 * organ's name as written in {@code MessageHeader/From}. Timeouts and the like are the connector kit's.
 */
@ConfigurationProperties("gateway.connectors.document-axis")
public record AxisSettings(String baseUrl, String organId, String organName, String secret, Duration pollInterval) {

    public AxisSettings {
        String prefix = "gateway.connectors.document-axis.";
        Objects.requireNonNull(baseUrl, prefix + "base-url");
        Objects.requireNonNull(organId, prefix + "organ-id");
        Objects.requireNonNull(secret, prefix + "secret");
        Objects.requireNonNull(pollInterval, prefix + "poll-interval");
        organName = organName == null ? "" : organName;
    }

    /** Never prints the secret. */
    @Override
    public String toString() {
        return "AxisSettings[" + baseUrl + ", " + organId + ", secret=***]";
    }
}
