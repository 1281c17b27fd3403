package vn.hanoi.gateway.kpi;

/**
 * The dossiers of one procedure in a period: how many, how many needed no resubmission, and their required
 * components: all of them, those a source holds, and those of these a prefill satisfied.
 */
record ProcedureTally(String procedureCode, long dossiers, long dossiersWithoutResubmission, long requiredComponents,
                      long requiredWithSource, long satisfiedComponents) {

    ProcedureTally plus(ProcedureTally other) {
        return new ProcedureTally(procedureCode, dossiers + other.dossiers,
                dossiersWithoutResubmission + other.dossiersWithoutResubmission,
                requiredComponents + other.requiredComponents, requiredWithSource + other.requiredWithSource,
                satisfiedComponents + other.satisfiedComponents);
    }
}
