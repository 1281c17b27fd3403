package vn.hanoi.gateway.mappings.identifiers;

import java.util.Optional;

/**
 * Enterprise code = tax code: ten digits whose tenth is a check digit over the first nine
 * (weights 31, 29, 23, 19, 17, 13, 7, 5, 3), optionally followed by a branch suffix 001–999,
 * written {@code 0101234567-001} or {@code 0101234567001}.
 */
public final class EnterpriseCode implements IdentifierRule {

    public static final String RULE = "INVALID_ENTERPRISE_CODE";

    private static final int[] WEIGHTS = {31, 29, 23, 19, 17, 13, 7, 5, 3};

    @Override
    public String code() {
        return RULE;
    }

    @Override
    public Optional<String> violation(String value) {
        if (value == null) {
            return Optional.of("an enterprise code is required");
        }
        String head;
        String branch = null;
        if (value.length() == 14 && value.charAt(10) == '-') {
            head = value.substring(0, 10);
            branch = value.substring(11);
        } else if (value.length() == 13) {
            head = value.substring(0, 10);
            branch = value.substring(10);
        } else {
            head = value;
        }
        if (!IdentifierRule.isAsciiDigits(head, 10)) {
            return Optional.of("an enterprise code is 10 digits, or 13 for a branch (0101234567-001)");
        }
        if (branch != null && (!IdentifierRule.isAsciiDigits(branch, 3) || "000".equals(branch))) {
            return Optional.of("a branch suffix is 001 to 999");
        }
        if ("0000000".equals(head.substring(2, 9))) {
            return Optional.of("digits 3 to 9 cannot all be zero");
        }
        int sum = 0;
        for (int i = 0; i < WEIGHTS.length; i++) {
            sum += (head.charAt(i) - '0') * WEIGHTS[i];
        }
        int remainder = sum % 11;
        if (remainder == 0 || (10 - remainder) != head.charAt(9) - '0') {
            return Optional.of("the check digit does not match");
        }
        return Optional.empty();
    }

    /** The canonical spelling of a well-formed code: {@code 0101234567} or {@code 0101234567-001}. */
    public static String normalise(String wellFormed) {
        if (wellFormed.length() == 13) {
            return wellFormed.substring(0, 10) + "-" + wellFormed.substring(10);
        }
        return wellFormed;
    }
}
