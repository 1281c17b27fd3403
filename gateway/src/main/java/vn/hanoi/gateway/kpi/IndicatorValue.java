package vn.hanoi.gateway.kpi;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * One indicator as {@code GET /api/v1/kpi/indicators} shows it: {@code rate} = numerator / denominator rounded
 * half-up to 4 decimals (null when the denominator is 0 or the indicator is not reported), {@code targetMet} rate ≥
 * target (null without either).
 */
record IndicatorValue(String code, String name, Long numerator, Long denominator, BigDecimal rate, BigDecimal target,
                      Boolean targetMet) {

    static IndicatorValue of(Indicator indicator, Counts counts) {
        BigDecimal target = indicator.target();
        if (!counts.reported()) {
            return new IndicatorValue(indicator.name(), indicator.title(), null, null, null, target, null);
        }
        BigDecimal rate = counts.denominator() == 0 ? null
                : BigDecimal.valueOf(counts.numerator()).divide(BigDecimal.valueOf(counts.denominator()), 4,
                        RoundingMode.HALF_UP);
        Boolean met = rate == null || target == null ? null : rate.compareTo(target) >= 0;
        return new IndicatorValue(indicator.name(), indicator.title(), counts.numerator(), counts.denominator(), rate,
                target, met);
    }
}
