package vn.hanoi.gateway.testing.services;

/** An external service a test needs, as {@code .ci/run} provides it (settings in {@link LocalServices}). */
public enum Service {
    POSTGRES("PostgreSQL at " + LocalServices.POSTGRES_URL + " (user " + LocalServices.POSTGRES_USER + ")",
            ".ci/run starts it"),
    REDIS("Redis at " + LocalServices.REDIS_HOST + ":" + LocalServices.REDIS_PORT, ".ci/run starts it"),
    CHROMIUM(LocalServices.CHROMIUM + " and " + LocalServices.CHROMEDRIVER,
            "Debian packages chromium and chromium-driver; .ci/run installs them"),
    PROMETHEUS(LocalServices.PROMETHEUS.toString(), "Debian package prometheus; .ci/run installs it");

    private final String what;
    private final String howToGetIt;

    Service(String what, String howToGetIt) {
        this.what = what;
        this.howToGetIt = howToGetIt;
    }

    String what() {
        return what;
    }

    String howToGetIt() {
        return howToGetIt;
    }
}
