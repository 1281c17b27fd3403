package vn.hanoi.gateway.kpi;

import org.springframework.stereotype.Component;
import vn.hanoi.gateway.ops.OnceOnlySignal;

/** The once-only KPI for ops: the {@code gateway.once_only.*} gauges' report, over their window and refresh. */
@Component
class OnceOnlyKpiSignal implements OnceOnlySignal {

    private final OnceOnlyGauges gauges;

    OnceOnlyKpiSignal(OnceOnlyGauges gauges) {
        this.gauges = gauges;
    }

    @Override
    public Kpi kpi() {
        KpiReport report = gauges.report();
        return new Kpi(report.dossiers(), report.dossiersWithoutResubmission());
    }
}
