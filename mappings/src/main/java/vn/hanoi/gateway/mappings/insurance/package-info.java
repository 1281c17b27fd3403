/**
 * The social insurance database, via the provincial platform: the canonical
 * {@link vn.hanoi.gateway.mappings.insurance.InsuranceRecord}, its mapper from the answer's {@code duLieu},
 * and {@link vn.hanoi.gateway.mappings.insurance.InsuranceResultCode} for the in-band {@code maLoi}.
 */
package vn.hanoi.gateway.mappings.insurance;
