package vn.hanoi.gateway.kpi;

import java.time.Clock;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The plan's indicators for a period, overall and by unit ({@code docs/indicators.md}). {@code E_TRANSFER} counts
 * transfers over the document axis, which the gateway does not send yet: 0 of 0 until it does.
 */
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
        IndicatorQueries.Tally tally = queries.count(period.start(), period.end(), unitCode, clock.instant());
        Map<Indicator, Counts> overall = new EnumMap<>(Indicator.class);
        tally.units().values().forEach(unit -> unit.forEach((indicator, counts) -> overall.merge(indicator, counts,
                Counts::plus)));
        long rated = tally.rated().values().stream().mapToLong(Long::longValue).sum();
        List<IndicatorsReport.UnitIndicators> byUnit = unitCode != null ? List.of() : tally.units().keySet().stream()
                .filter(Objects::nonNull).sorted(Comparator.naturalOrder())
                .map(unit -> new IndicatorsReport.UnitIndicators(unit, values(tally.units().get(unit),
                        tally.rated().getOrDefault(unit, 0L))))
                .toList();
        return new IndicatorsReport(period.from(), period.to(), unitCode, values(overall, rated), byUnit);
    }

    private static List<IndicatorValue> values(Map<Indicator, Counts> counts, long rated) {
        return Arrays.stream(Indicator.values()).map(indicator -> IndicatorValue.of(indicator,
                        indicator == Indicator.SATISFACTION && rated == 0 ? Counts.UNREPORTED
                                : counts.getOrDefault(indicator, Counts.NONE)))
                .toList();
    }
}
