package vn.hanoi.gateway.kpi;

/** An indicator's numerator and denominator; both null where it is not reported (satisfaction without ratings). */
record Counts(Long numerator, Long denominator) {

    static final Counts NONE = new Counts(0L, 0L);
    static final Counts UNREPORTED = new Counts(null, null);

    Counts plus(Counts other) {
        return new Counts(numerator + other.numerator, denominator + other.denominator);
    }
}
