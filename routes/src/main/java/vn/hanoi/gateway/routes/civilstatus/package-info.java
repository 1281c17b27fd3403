/**
 * The national electronic civil-status database (Ministry of Justice): JSON over HTTP, an OAuth2
 * client-credentials token in the form, outcomes in-band ({@code trangThai}), {@code duLieu} mapped to the
 * canonical CivilStatusRecord. One operation: route id {@code civil-status-lookup} (by personal id).
 */
package vn.hanoi.gateway.routes.civilstatus;
