package vn.hanoi.gateway.mappings.npsp;

/**
 * A receiving unit's code: a commune code for the inboxes, or whatever code the portal knows a unit by
 * ({@code DonViXuLy}); 1–64 letters, digits, dots, underscores and hyphens.
 */
public final class UnitCode extends PatternRule {

    public static final String RULE = "INVALID_UNIT_CODE";

    public UnitCode() {
        super(RULE, "[A-Za-z0-9._-]{1,64}", "a unit code is 1-64 of A-Z a-z 0-9 . _ -");
    }
}
