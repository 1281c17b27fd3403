package vn.hanoi.gateway.kpi;

import java.time.LocalDate;
import java.util.List;

/**
 * {@code GET /api/v1/kpi/indicators/daily}: the period's indicators (overall or one unit's, with every unit's
 * beside them) and each day's, for the indicators page's charts.
 */
record IndicatorSeries(LocalDate from, LocalDate to, String unitCode, IndicatorsReport period, List<Day> days) {

    record Day(LocalDate day, List<IndicatorValue> indicators) {
    }
}
