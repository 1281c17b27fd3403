package vn.hanoi.gateway.kpi;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * One indicator as {@code GET /api/v1/kpi/indicators} shows it: {@code rate} = numerator / denominator rounded
 * half-up to 4 decimals (null when the denominator is 0 or the indicator is not reported), {@code targetMet} rate ≥
 * target (null without either); {@code DATA_REUSED} of a whole report (not per unit or day) also by the persons and
 * businesses behind it ({@code applicants}).
 */
record IndicatorValue(String code, String name, Long numerator, Long denominator, BigDecimal rate, BigDecimal target,
                      Boolean targetMet, @JsonInclude(JsonInclude.Include.NON_NULL) Applicants applicants) {

    static IndicatorValue of(Indicator indicator, Counts counts) {
        BigDecimal target = indicator.target();
        if (!counts.reported()) {
            return new IndicatorValue(indicator.name(), indicator.title(), null, null, null, target, null, null);
        }
        BigDecimal rate = rate(counts);
        Boolean met = rate == null || target == null ? null : rate.compareTo(target) >= 0;
        return new IndicatorValue(indicator.name(), indicator.title(), counts.numerator(), counts.denominator(), rate,
                target, met, null);
    }

    /** numerator / denominator rounded half-up to 4 decimals; null when the denominator is 0. */
    static BigDecimal rate(Counts counts) {
        return counts.denominator() == 0 ? null : BigDecimal.valueOf(counts.numerator())
                .divide(BigDecimal.valueOf(counts.denominator()), 4, RoundingMode.HALF_UP);
    }

    /** The same, with the persons and businesses behind it ({@code DATA_REUSED}). */
    IndicatorValue with(Applicants counted) {
        return new IndicatorValue(code, name, numerator, denominator, rate, target, targetMet, counted);
    }
}
