package vn.hanoi.gateway.kpi;

import vn.hanoi.gateway.mappings.npsp.UnitCode;
import vn.hanoi.gateway.problem.ApiException;

/** The indicators' optional {@code unitCode}, by the rule of a dossier's receiving unit. */
final class UnitCodes {

    private static final UnitCode RULE = new UnitCode();

    private UnitCodes() {
    }

    static String checked(String unitCode) {
        if (unitCode == null) {
            return null;
        }
        RULE.violation(unitCode).ifPresent(message -> {
            throw ApiException.invalid("unitCode", RULE.code(), message);
        });
        return unitCode;
    }
}
