/**
 * What the connectors' scheduled jobs share: {@link vn.hanoi.gateway.routes.jobs.OneInstanceAtATime}, the step that
 * lets a job's run go ahead on one instance at a time (ShedLock). Any connector package may use it, as it may the
 * connector kit.
 */
package vn.hanoi.gateway.routes.jobs;
