package vn.hanoi.gateway.kpi;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The plan's indicators for a period, overall and by unit, or day by day ({@code docs/indicators.md}). */
@Service
class Indicators {

    private final IndicatorQueries queries;
    private final Clock clock;

    Indicators(IndicatorQueries queries, Clock clock) {
        this.queries = queries;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    IndicatorsReport report(IndicatorPeriod period, String unitCode) {
        Map<String, Map<Indicator, Counts>> units = queries.count(period.start(), period.end(), unitCode,
                clock.instant(), IndicatorQueries.Split.BY_UNIT);
        Map<Indicator, Counts> overall = new EnumMap<>(Indicator.class);
        units.values().forEach(unit -> unit.forEach((indicator, counts) -> overall.merge(indicator, counts,
                Counts::plus)));
        List<IndicatorsReport.UnitIndicators> byUnit = unitCode != null ? List.of() : units.keySet().stream()
                .filter(Objects::nonNull).sorted(Comparator.naturalOrder())
                .map(unit -> new IndicatorsReport.UnitIndicators(unit, values(units.get(unit))))
                .toList();
        Applicants applicants = queries.applicants(period.start(), period.end(), unitCode);
        List<IndicatorValue> indicators = values(overall).stream()
                .map(value -> Indicator.DATA_REUSED.name().equals(value.code()) ? value.with(applicants) : value)
                .toList();
        return new IndicatorsReport(period.from(), period.to(), unitCode, indicators, byUnit);
    }

    /** Each day of the period, overall or for {@code unitCode}: one grouped query per kind of fact, not per day. */
    @Transactional(readOnly = true)
    List<IndicatorSeries.Day> daily(IndicatorPeriod period, String unitCode) {
        Map<LocalDate, Map<Indicator, Counts>> days = queries.count(period.start(), period.end(), unitCode,
                clock.instant(), IndicatorQueries.Split.BY_DAY);
        List<IndicatorSeries.Day> series = new ArrayList<>();
        for (LocalDate day = period.from(); !day.isAfter(period.to()); day = day.plusDays(1)) {
            series.add(new IndicatorSeries.Day(day, values(days.getOrDefault(day, Map.of()))));
        }
        return series;
    }

    private static List<IndicatorValue> values(Map<Indicator, Counts> counts) {
        return Arrays.stream(Indicator.values())
                .map(indicator -> IndicatorValue.of(indicator, counts.getOrDefault(indicator, Counts.none(indicator))))
                .toList();
    }
}
