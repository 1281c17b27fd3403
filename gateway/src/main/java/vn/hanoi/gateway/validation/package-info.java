/**
 * The rules of a request body's fields, once {@code input.StrictJson} has bound it to its record: each field
 * checked, every broken rule collected into one 400 {@code VALIDATION_FAILED}
 * ({@link vn.hanoi.gateway.validation.FieldChecks}), in the codes of {@link vn.hanoi.gateway.problem.FieldCodes}.
 * Bean Validation is not used: an identifier's rule names its own code and message, and a rule that depends on
 * another field (an end not before its start, the id's rule by the applicant's type) reads as plain Java here.
 */
package vn.hanoi.gateway.validation;
