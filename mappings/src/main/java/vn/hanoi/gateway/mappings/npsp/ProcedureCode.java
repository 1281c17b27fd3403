package vn.hanoi.gateway.mappings.npsp;

/** A procedure code of the national catalogue ({@code MaTTHC}): 1–3 digits, a dot, 6 digits ({@code 1.001612}). */
public final class ProcedureCode extends PatternRule {

    public static final String RULE = "INVALID_PROCEDURE_CODE";

    public ProcedureCode() {
        super(RULE, "\\d{1,3}\\.\\d{6}", "a procedure code is 1-3 digits, a dot and 6 digits");
    }
}
