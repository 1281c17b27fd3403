package vn.hanoi.gateway.contract.faults;

/** What the public contract ({@code API.md}) says the caller gets when the register misbehaves so. */
enum CallerAnswer {
    /** 200, the record, {@code X-Cache: MISS}: the fault was within what the gateway tolerates. */
    RECORD,
    /** 502 {@code UPSTREAM_ERROR}: an answer the gateway cannot use. */
    UPSTREAM_ERROR,
    /** 503 {@code UPSTREAM_UNAVAILABLE}, {@code Retry-After} the connector's default. */
    UNAVAILABLE,
    /** 503 {@code UPSTREAM_UNAVAILABLE}, {@code Retry-After} as long as the register asked. */
    UNAVAILABLE_AS_LONG_AS_ASKED,
    /** 504 {@code UPSTREAM_TIMEOUT} at the deadline. */
    TIMEOUT,
    /** The record or 504, depending on which side of the deadline the register's random delay fell. */
    RECORD_OR_TIMEOUT
}
