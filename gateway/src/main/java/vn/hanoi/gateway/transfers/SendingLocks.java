package vn.hanoi.gateway.transfers;

import java.time.Clock;
import java.time.Duration;
import net.javacrumbs.shedlock.core.LockProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import vn.hanoi.gateway.routes.documentaxis.JobLocks;
import vn.hanoi.gateway.routes.jobs.OneInstanceAtATime;

/**
 * The transfers' sending job runs on one instance at a time, by the same ShedLock step as the portal's jobs
 * ({@code gateway.jobs.lock.at-most-for}); given to the axis connector, which may not depend on the portal's package.
 */
@Configuration(proxyBeanMethods = false)
class SendingLocks {

    @Bean
    JobLocks axisJobLocks(LockProvider jobLocks, @Value("${gateway.jobs.lock.at-most-for}") Duration atMostFor,
                          Clock clock) {
        return (job, period) -> new OneInstanceAtATime(jobLocks, job, period, atMostFor, clock);
    }
}
