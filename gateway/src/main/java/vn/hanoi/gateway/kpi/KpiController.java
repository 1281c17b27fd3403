package vn.hanoi.gateway.kpi;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.hanoi.gateway.access.Access;
import vn.hanoi.gateway.access.Dataset;

/** The once-only KPI for a period: aggregate counts, no personal data, for clients entitled to {@code dossiers}. */
@RestController
class KpiController {

    private final OnceOnlyKpi kpi;

    KpiController(OnceOnlyKpi kpi) {
        this.kpi = kpi;
    }

    @GetMapping("/api/v1/kpi/once-only")
    @Access(dataset = Dataset.DOSSIERS)
    KpiReport onceOnly(@RequestParam(required = false) String from, @RequestParam(required = false) String to) {
        return kpi.report(Period.parse(from, to));
    }
}
