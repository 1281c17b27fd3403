package vn.hanoi.gateway.problem;

/**
 * The one vocabulary of {@link FieldError#code()}s every request body shares: why it could not be read
 * ({@link BodyErrors}), and the general rules of its fields ({@code validation.FieldChecks}). An identifier's
 * rule brings its own code ({@code INVALID_PERSONAL_ID}), and a few endpoints one of theirs
 * ({@code NOTHING_TO_VERIFY}); none repeats one of these under another name.
 */
public final class FieldCodes {

    /** The body (or a JSON part) is not JSON, is cut short, or nests deeper than any request needs. */
    public static final String MALFORMED_JSON = "MALFORMED_JSON";
    /** A field is given twice in one object. */
    public static final String DUPLICATE_FIELD = "DUPLICATE_FIELD";
    /** A field the body does not have. */
    public static final String UNKNOWN_FIELD = "UNKNOWN_FIELD";
    /** A value of the wrong JSON type: a number or an object where text is expected, never coerced. */
    public static final String INVALID_TYPE = "INVALID_TYPE";
    /** Missing, null or blank. */
    public static final String REQUIRED = "REQUIRED";
    /** Longer than the field (or more items than the list) may be. */
    public static final String TOO_LONG = "TOO_LONG";
    /** Text of the right type that is not one of the values the field takes. */
    public static final String INVALID_VALUE = "INVALID_VALUE";
    /** Not an ISO date ({@code 2026-11-28}). */
    public static final String INVALID_DATE = "INVALID_DATE";
    /** Not an instant with its offset ({@code 2026-11-28T08:10:00+07:00}). */
    public static final String INVALID_INSTANT = "INVALID_INSTANT";

    private FieldCodes() {
    }
}
