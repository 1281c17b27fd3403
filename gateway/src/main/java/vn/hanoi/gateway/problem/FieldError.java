package vn.hanoi.gateway.problem;

/** One broken rule in a request: which field, the rule's code (e.g. {@code INVALID_PERSONAL_ID}), why. */
public record FieldError(String field, String code, String message) {
}
