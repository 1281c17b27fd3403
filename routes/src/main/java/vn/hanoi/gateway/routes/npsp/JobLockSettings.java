package vn.hanoi.gateway.routes.npsp;

import java.time.Duration;
import java.util.Objects;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code gateway.jobs.lock.*}: the jobs that run on one instance at a time ({@link vn.hanoi.gateway.routes.jobs.OneInstanceAtATime}).
 * {@code at-most-for} is the longest a run may hold its job's lock: longer than any run, and how long a job
 * waits for another instance when the one running it dies mid-run.
 */
@ConfigurationProperties("gateway.jobs.lock")
record JobLockSettings(Duration atMostFor) {

    JobLockSettings {
        Objects.requireNonNull(atMostFor, "gateway.jobs.lock.at-most-for");
    }
}
