package vn.hanoi.gateway.reliability;

/** What a virtual caller asked, and the flapping national system its answer depends on (null: none). */
enum RequestKind {
    CITIZEN_KNOWN("population"),
    CITIZEN_UNKNOWN("population"),
    ENTERPRISE_KNOWN(null),
    ENTERPRISE_UNKNOWN(null),
    INSURANCE_KNOWN(null),
    INSURANCE_UNKNOWN(null),
    PARCEL_KNOWN(null),
    PARCEL_UNKNOWN(null),
    /** Answers 200 whatever its sources do: a source that is down makes its components UNAVAILABLE. */
    PREFILL(null),
    DOSSIER_CREATE(null),
    DOSSIER_UPDATE(null),
    PROGRESS_VALID(null),
    PROGRESS_INVALID(null),
    DOSSIER_READ(null);

    private final String upstream;

    RequestKind(String upstream) {
        this.upstream = upstream;
    }

    /** The flapping system whose faults may explain an error answer to this request, or null. */
    String upstream() {
        return upstream;
    }
}
