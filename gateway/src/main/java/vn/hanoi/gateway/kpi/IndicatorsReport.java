package vn.hanoi.gateway.kpi;

import java.time.LocalDate;
import java.util.List;

/**
 * {@code GET /api/v1/kpi/indicators}: every indicator for the period, overall (or for {@code unitCode}), and per unit
 * ({@code []} when a unit was asked), units sorted by code.
 */
record IndicatorsReport(LocalDate from, LocalDate to, String unitCode, List<IndicatorValue> indicators,
                        List<UnitIndicators> byUnit) {

    record UnitIndicators(String unitCode, List<IndicatorValue> indicators) {
    }
}
