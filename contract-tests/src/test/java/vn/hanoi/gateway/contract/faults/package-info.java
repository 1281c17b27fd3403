/**
 * The upstream fault matrix: every register's connector held to every fault in a small vocabulary
 * ({@link vn.hanoi.gateway.contract.faults.UpstreamFault}): slow, failing, throttling, resetting, empty,
 * truncated, malformed, wrongly shaped, huge and trickling answers, and a token endpoint that is down or a
 * token refused mid-burst. For each: the caller's exact answer within the deadline, whether the breaker
 * counts it, the stale copy where the policy allows, and no worker left busy nor threads piling up.
 */
package vn.hanoi.gateway.contract.faults;
