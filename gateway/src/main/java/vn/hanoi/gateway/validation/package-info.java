/**
 * Strict reading of request bodies for the once-only endpoints: JSON bound to records with unknown fields and
 * wrong types refused ({@link vn.hanoi.gateway.validation.StrictBodies}), then each field's rule checked, every
 * broken rule collected into one 400 {@code VALIDATION_FAILED} ({@link vn.hanoi.gateway.validation.FieldChecks}).
 */
package vn.hanoi.gateway.validation;
