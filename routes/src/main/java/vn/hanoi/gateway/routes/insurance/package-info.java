/**
 * The social insurance database behind the provincial platform (LGSP): JSON over HTTP, the
 * {@code lgspaccesstoken} header and a client-credentials token, errors in-band ({@code maLoi}),
 * {@code duLieu} mapped to the canonical InsuranceRecord. Two operations, one client and one token:
 * route ids {@code insurance-lookup} (by insurance code) and {@code insurance-lookup-by-person}
 * (by personal id).
 */
package vn.hanoi.gateway.routes.insurance;
