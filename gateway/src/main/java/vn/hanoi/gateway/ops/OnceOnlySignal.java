package vn.hanoi.gateway.ops;

/**
 * The once-only KPI: of the dossiers counted, how many were completed without asking the applicant for
 * a paper the state already holds. Implemented by the feature that serves {@code /api/v1/kpi/once-only}.
 */
public interface OnceOnlySignal {

    Kpi kpi();

    record Kpi(long dossiers, long dossiersWithoutResubmission) {

        /** From 0 to 1; null when no dossier was counted. */
        public Double rate() {
            return dossiers == 0 ? null : (double) dossiersWithoutResubmission / dossiers;
        }
    }
}
