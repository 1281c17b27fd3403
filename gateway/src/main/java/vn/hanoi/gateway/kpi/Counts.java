package vn.hanoi.gateway.kpi;

/**
 * An indicator's numerator and denominator, and whether it is reported at all: satisfaction is not until a dossier
 * it counts was rated ({@code docs/indicators.md}).
 */
record Counts(long numerator, long denominator, boolean reported) {

    static final Counts NONE = new Counts(0, 0, true);
    static final Counts UNREPORTED = new Counts(0, 0, false);

    static Counts of(long numerator, long denominator) {
        return new Counts(numerator, denominator, true);
    }

    /** Nothing counted: 0 of 0, or not reported for an indicator reported only once something was rated. */
    static Counts none(Indicator indicator) {
        return indicator == Indicator.SATISFACTION ? UNREPORTED : NONE;
    }

    Counts plus(Counts other) {
        return new Counts(numerator + other.numerator, denominator + other.denominator, reported || other.reported);
    }
}
