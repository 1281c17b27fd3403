package vn.hanoi.gateway.kpi;

import java.math.BigDecimal;

/**
 * {@code DATA_REUSED} counted as plan 161 counts it, by the persons (citizens) and businesses (enterprises) behind the
 * dossiers: those none of whose dossiers of the period made them resubmit what the state held / all of them.
 */
record Applicants(Share persons, Share businesses) {

    record Share(long numerator, long denominator, BigDecimal rate) {
    }

    static Applicants of(Counts persons, Counts businesses) {
        return new Applicants(share(persons), share(businesses));
    }

    private static Share share(Counts counts) {
        return new Share(counts.numerator(), counts.denominator(), IndicatorValue.rate(counts));
    }
}
