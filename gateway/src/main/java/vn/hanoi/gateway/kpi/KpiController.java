package vn.hanoi.gateway.kpi;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.hanoi.gateway.access.Access;
import vn.hanoi.gateway.access.Dataset;

/**
 * The once-only KPI and the plan's indicators for a period: aggregate counts, no personal data, for clients entitled
 * to {@code dossiers}.
 */
@RestController
class KpiController {

    private final OnceOnlyKpi kpi;
    private final Indicators indicators;

    KpiController(OnceOnlyKpi kpi, Indicators indicators) {
        this.kpi = kpi;
        this.indicators = indicators;
    }

    @GetMapping("/api/v1/kpi/once-only")
    @Access(dataset = Dataset.DOSSIERS)
    KpiReport onceOnly(@RequestParam(required = false) String from, @RequestParam(required = false) String to) {
        return kpi.report(Period.parse(from, to));
    }

    @GetMapping("/api/v1/kpi/indicators")
    @Access(dataset = Dataset.DOSSIERS)
    IndicatorsReport indicators(@RequestParam(required = false) String from, @RequestParam(required = false) String to,
                                @RequestParam(required = false) String unitCode) {
        return indicators.report(IndicatorPeriod.parse(from, to), UnitCodes.checked(unitCode));
    }
}
