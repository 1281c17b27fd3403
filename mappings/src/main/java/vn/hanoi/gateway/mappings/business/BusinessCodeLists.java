package vn.hanoi.gateway.mappings.business;

import java.util.Map;
import vn.hanoi.gateway.mappings.business.Enterprise.LegalStatus.Code;
import vn.hanoi.gateway.mappings.common.Text;

/** The business register's code lists, as its contract gives them. */
final class BusinessCodeLists {

    private static final Map<String, Code> LEGAL_STATUSES = Map.of(
            "1", Code.ACTIVE, "2", Code.SUSPENDED, "3", Code.DISSOLVED, "4", Code.REVOKED, "5", Code.DISSOLVING);

    private BusinessCodeLists() {
    }

    /** {@code 01}…{@code 05} (or {@code 1}…{@code 5}); anything else gives null. */
    static Code legalStatus(String code) {
        return code == null ? null : LEGAL_STATUSES.get(Text.withoutLeadingZeros(code));
    }
}
