package vn.hanoi.gateway.routes.documentaxis;

import java.time.Duration;
import org.apache.camel.Predicate;

/**
 * Makes the step that lets a job's run go ahead on one instance at a time; the gateway provides it (ShedLock on its
 * database, as for the portal's jobs), so that this package depends on no other connector's.
 */
@FunctionalInterface
public interface JobLocks {

    Predicate onOneInstance(String job, Duration period);
}
