package vn.hanoi.gateway.routes.connector;

import java.time.Duration;
import java.util.EnumSet;
import java.util.Set;
import org.springframework.util.unit.DataSize;

/**
 * One connector's settings: {@code gateway.connector-defaults.*} overlaid by
 * {@code gateway.connectors.<name>.*} (see {@link ConnectorSettings}). Credentials cover the auth
 * styles the national systems use; a connector reads the ones its contract names.
 */
public class ConnectorProperties {

    private String baseUrl;
    private String clientId;
    private String clientSecret;
    private String accessKey;
    private String secretKey;
    private String appName;
    private String partnerCode;
    private String username;
    private String password;
    private String unitCode;
    private TransportKind transport = TransportKind.DIRECT;
    private final Platform platform = new Platform();

    private Duration connectTimeout;
    private Duration attemptTimeout;
    private Duration deadline;
    private Duration retryAfter;
    private Duration activityWindow;
    private int maxConcurrentCalls;
    private DataSize maxResponseSize;
    private final Cache cache = new Cache();
    private final Retry retry = new Retry();
    private final CircuitBreaker circuitBreaker = new CircuitBreaker();
    private final Failures failures = new Failures();

    public static class Cache {
        private Duration ttl;
        private boolean staleIfError;
        private Duration maxStale;
        private long maxEntries;

        public Duration getTtl() { return ttl; }
        public void setTtl(Duration ttl) { this.ttl = ttl; }
        public boolean isStaleIfError() { return staleIfError; }
        public void setStaleIfError(boolean staleIfError) { this.staleIfError = staleIfError; }
        public Duration getMaxStale() { return maxStale; }
        public void setMaxStale(Duration maxStale) { this.maxStale = maxStale; }
        public long getMaxEntries() { return maxEntries; }
        public void setMaxEntries(long maxEntries) { this.maxEntries = maxEntries; }
    }

    public static class Retry {
        private int maxAttempts;
        private Duration initialBackoff;
        private double multiplier;
        private double jitter;

        public int getMaxAttempts() { return maxAttempts; }
        public void setMaxAttempts(int maxAttempts) { this.maxAttempts = maxAttempts; }
        public Duration getInitialBackoff() { return initialBackoff; }
        public void setInitialBackoff(Duration initialBackoff) { this.initialBackoff = initialBackoff; }
        public double getMultiplier() { return multiplier; }
        public void setMultiplier(double multiplier) { this.multiplier = multiplier; }
        public double getJitter() { return jitter; }
        public void setJitter(double jitter) { this.jitter = jitter; }
    }

    public static class CircuitBreaker {
        private float failureRateThreshold;
        private int slidingWindowSize;
        private int minimumNumberOfCalls;
        private Duration waitDurationInOpenState;
        private int permittedNumberOfCallsInHalfOpenState;

        public float getFailureRateThreshold() { return failureRateThreshold; }
        public void setFailureRateThreshold(float value) { this.failureRateThreshold = value; }
        public int getSlidingWindowSize() { return slidingWindowSize; }
        public void setSlidingWindowSize(int value) { this.slidingWindowSize = value; }
        public int getMinimumNumberOfCalls() { return minimumNumberOfCalls; }
        public void setMinimumNumberOfCalls(int value) { this.minimumNumberOfCalls = value; }
        public Duration getWaitDurationInOpenState() { return waitDurationInOpenState; }
        public void setWaitDurationInOpenState(Duration value) { this.waitDurationInOpenState = value; }
        public int getPermittedNumberOfCallsInHalfOpenState() { return permittedNumberOfCallsInHalfOpenState; }
        public void setPermittedNumberOfCallsInHalfOpenState(int value) { this.permittedNumberOfCallsInHalfOpenState = value; }
    }

    /** The register at the national data-sharing platform ({@code platform.md}), when its transport is {@code platform}. */
    public static class Platform {
        private String provider;

        /** Its provider code at the platform, e.g. {@code BCA.DANCU}. */
        public String getProvider() { return provider; }
        public void setProvider(String provider) { this.provider = provider; }
    }

    /** Failure classification, as in the Resilience4j demo's recordExceptions / ignoreExceptions. */
    public static class Failures {
        private Set<FailureKind> record = EnumSet.noneOf(FailureKind.class);
        private Set<FailureKind> retry = EnumSet.noneOf(FailureKind.class);
        private Set<FailureKind> serveStale = EnumSet.noneOf(FailureKind.class);

        public Set<FailureKind> getRecord() { return record; }
        public void setRecord(Set<FailureKind> record) { this.record = record; }
        public Set<FailureKind> getRetry() { return retry; }
        public void setRetry(Set<FailureKind> retry) { this.retry = retry; }
        public Set<FailureKind> getServeStale() { return serveStale; }
        public void setServeStale(Set<FailureKind> serveStale) { this.serveStale = serveStale; }
    }

    public String getBaseUrl() { return baseUrl; }
    public void setBaseUrl(String baseUrl) { this.baseUrl = baseUrl; }
    public String getClientId() { return clientId; }
    public void setClientId(String clientId) { this.clientId = clientId; }
    public String getClientSecret() { return clientSecret; }
    public void setClientSecret(String clientSecret) { this.clientSecret = clientSecret; }
    public String getAccessKey() { return accessKey; }
    public void setAccessKey(String accessKey) { this.accessKey = accessKey; }
    public String getSecretKey() { return secretKey; }
    public void setSecretKey(String secretKey) { this.secretKey = secretKey; }
    public String getAppName() { return appName; }
    public void setAppName(String appName) { this.appName = appName; }
    public String getPartnerCode() { return partnerCode; }
    public void setPartnerCode(String partnerCode) { this.partnerCode = partnerCode; }
    public String getUsername() { return username; }
    public void setUsername(String username) { this.username = username; }
    public String getPassword() { return password; }
    public void setPassword(String password) { this.password = password; }
    public String getUnitCode() { return unitCode; }
    public void setUnitCode(String unitCode) { this.unitCode = unitCode; }
    /** How the register is reached: {@code direct} (the default) or {@code platform}. */
    public TransportKind getTransport() { return transport; }
    public void setTransport(TransportKind transport) { this.transport = transport; }
    public Platform getPlatform() { return platform; }
    public Duration getConnectTimeout() { return connectTimeout; }
    public void setConnectTimeout(Duration connectTimeout) { this.connectTimeout = connectTimeout; }
    public Duration getAttemptTimeout() { return attemptTimeout; }
    public void setAttemptTimeout(Duration attemptTimeout) { this.attemptTimeout = attemptTimeout; }
    public Duration getDeadline() { return deadline; }
    public void setDeadline(Duration deadline) { this.deadline = deadline; }
    public Duration getRetryAfter() { return retryAfter; }
    public void setRetryAfter(Duration retryAfter) { this.retryAfter = retryAfter; }
    public Duration getActivityWindow() { return activityWindow; }
    public void setActivityWindow(Duration activityWindow) { this.activityWindow = activityWindow; }
    /** Upstream attempts in flight at once (each on a worker thread); one more is refused at once. */
    public int getMaxConcurrentCalls() { return maxConcurrentCalls; }
    public void setMaxConcurrentCalls(int maxConcurrentCalls) { this.maxConcurrentCalls = maxConcurrentCalls; }
    /** The most the gateway reads of one upstream answer; a larger one is refused unread. */
    public DataSize getMaxResponseSize() { return maxResponseSize; }
    public void setMaxResponseSize(DataSize maxResponseSize) { this.maxResponseSize = maxResponseSize; }
    public Cache getCache() { return cache; }
    public Retry getRetry() { return retry; }
    public CircuitBreaker getCircuitBreaker() { return circuitBreaker; }
    public Failures getFailures() { return failures; }
}
