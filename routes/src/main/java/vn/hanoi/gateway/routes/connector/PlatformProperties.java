package vn.hanoi.gateway.routes.connector;

import java.time.Duration;
import org.springframework.util.unit.DataSize;

/**
 * The national data-sharing platform as the gateway reaches it ({@code gateway.platform.*}, {@code platform.md}):
 * where it is and this city's consumer credentials there. The timeouts and answer limit are for the platform's
 * own calls (token, health); a relayed call keeps its register's.
 */
public class PlatformProperties {

    public static final String PREFIX = "gateway.platform";

    private String baseUrl;
    private String consumerCode;
    private String consumerSecret;
    private Duration connectTimeout = Duration.ofSeconds(1);
    private Duration attemptTimeout = Duration.ofSeconds(3);
    private DataSize maxResponseSize = DataSize.ofKilobytes(64);

    public String getBaseUrl() { return baseUrl; }
    public void setBaseUrl(String baseUrl) { this.baseUrl = baseUrl; }
    public String getConsumerCode() { return consumerCode; }
    public void setConsumerCode(String consumerCode) { this.consumerCode = consumerCode; }
    public String getConsumerSecret() { return consumerSecret; }
    public void setConsumerSecret(String consumerSecret) { this.consumerSecret = consumerSecret; }
    public Duration getConnectTimeout() { return connectTimeout; }
    public void setConnectTimeout(Duration connectTimeout) { this.connectTimeout = connectTimeout; }
    public Duration getAttemptTimeout() { return attemptTimeout; }
    public void setAttemptTimeout(Duration attemptTimeout) { this.attemptTimeout = attemptTimeout; }
    public DataSize getMaxResponseSize() { return maxResponseSize; }
    public void setMaxResponseSize(DataSize maxResponseSize) { this.maxResponseSize = maxResponseSize; }

    @Override
    public String toString() {
        return "PlatformProperties[baseUrl=" + baseUrl + ", consumerCode=" + consumerCode + ", consumerSecret=***]";
    }
}
