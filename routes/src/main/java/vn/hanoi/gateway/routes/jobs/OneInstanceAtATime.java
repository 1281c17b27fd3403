package vn.hanoi.gateway.routes.jobs;

import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import net.javacrumbs.shedlock.core.LockConfiguration;
import net.javacrumbs.shedlock.core.LockProvider;
import net.javacrumbs.shedlock.core.SimpleLock;
import org.apache.camel.Exchange;
import org.apache.camel.Predicate;
import org.apache.camel.support.SynchronizationAdapter;

/**
 * The step of a job's timer route that lets a run go ahead only on the instance that takes the job's lock
 * (ShedLock, on the database every instance shares), and gives the lock back when the run's exchange is done,
 * failed or not. A lock is held for at least {@code atLeastFor} (half the job's period), so that instances whose
 * timers tick at different moments run the job about once a period between them, not once each; and at most
 * {@code atMostFor}, after which an instance that died holding it no longer does: another takes the job over.
 * <p>
 * A step in the route rather than a {@code RoutePolicy}, so that the route reads as what it does
 * ({@code filter(onOneInstance).to(job)}), and ShedLock rather than a lease of our own, because its expiry on
 * database time and its table are what every instance already agrees on.
 */
public final class OneInstanceAtATime implements Predicate {

    private final LockProvider locks;
    private final String job;
    private final Duration atLeastFor;
    private final Duration atMostFor;
    private final Clock clock;

    public OneInstanceAtATime(LockProvider locks, String job, Duration period, Duration atMostFor, Clock clock) {
        this.locks = locks;
        this.job = job;
        this.atLeastFor = period.dividedBy(2);
        this.atMostFor = atMostFor.compareTo(atLeastFor) > 0 ? atMostFor : atLeastFor;
        this.clock = clock;
    }

    @Override
    public boolean matches(Exchange exchange) {
        Optional<SimpleLock> lock = locks.lock(new LockConfiguration(clock.instant(), job, atMostFor, atLeastFor));
        lock.ifPresent(held -> exchange.getExchangeExtension().addOnCompletion(new SynchronizationAdapter() {
            @Override
            public void onDone(Exchange done) {
                held.unlock();
            }
        }));
        return lock.isPresent();
    }
}
