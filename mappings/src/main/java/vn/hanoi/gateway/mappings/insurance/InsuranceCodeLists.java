package vn.hanoi.gateway.mappings.insurance;

import java.util.Locale;
import java.util.Map;
import vn.hanoi.gateway.mappings.common.Text;
import vn.hanoi.gateway.mappings.insurance.InsuranceRecord.Gender;
import vn.hanoi.gateway.mappings.insurance.InsuranceRecord.Scheme;
import vn.hanoi.gateway.mappings.insurance.InsuranceRecord.Status;

/** The insurance register's code lists, as its contract gives them. */
final class InsuranceCodeLists {

    private static final Map<String, Gender> GENDERS = Map.of("nam", Gender.MALE, "nu", Gender.FEMALE);

    private static final Map<String, Status> STATUSES = Map.of(
            "1", Status.CONTRIBUTING, "2", Status.SUSPENDED, "3", Status.RETIRED);

    private static final Map<String, Scheme> SCHEMES = Map.of("BB", Scheme.COMPULSORY, "TN", Scheme.VOLUNTARY);

    private InsuranceCodeLists() {
    }

    /** {@code Nam} / {@code Nữ}, in any case and with or without diacritics; anything else is unknown. */
    static Gender gender(String value) {
        if (value == null) {
            return Gender.UNKNOWN;
        }
        String folded = Text.withoutDiacritics(value).toLowerCase(Locale.ROOT);
        return GENDERS.getOrDefault(folded, Gender.UNKNOWN);
    }

    /** {@code 1}…{@code 3} (or {@code 01}…{@code 03}); anything else gives null. */
    static Status status(String code) {
        return code == null ? null : STATUSES.get(Text.withoutLeadingZeros(code));
    }

    /** {@code BB} compulsory, {@code TN} voluntary, in any case; anything else gives null. */
    static Scheme scheme(String code) {
        return code == null ? null : SCHEMES.get(code.toUpperCase(Locale.ROOT));
    }
}
