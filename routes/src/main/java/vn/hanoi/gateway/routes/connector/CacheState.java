package vn.hanoi.gateway.routes.connector;

/** How a lookup was answered, as told to the caller in {@code X-Cache}. */
public enum CacheState {
    /** From the cache, within its freshness time. */
    HIT,
    /** From the upstream just now. */
    MISS,
    /** From the cache past its freshness time, because the upstream is failing. */
    STALE
}
