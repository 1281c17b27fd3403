package vn.hanoi.gateway.mappings.identifiers;

import java.util.Optional;

/**
 * A format rule for one kind of identifier, checked before any upstream call. {@link #code()} is the
 * rule's name in validation errors (e.g. {@code INVALID_PERSONAL_ID}).
 */
public interface IdentifierRule {

    String code();

    /** Why the value breaks the rule, or empty when it is well formed. Never echoes the value. */
    Optional<String> violation(String value);

    static boolean isAsciiDigits(String value, int length) {
        if (value == null || value.length() != length) {
            return false;
        }
        for (int i = 0; i < length; i++) {
            char c = value.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
        }
        return true;
    }
}
