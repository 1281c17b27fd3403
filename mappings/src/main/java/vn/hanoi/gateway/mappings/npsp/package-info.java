/**
 * The National Public Service Portal in canonical terms: dossier status and channel codes, portal time
 * ({@code yyyyMMddHHmmss} in Vietnam time), the evidence map of document types, procedures
 * ({@code LayThuTuc} → {@link vn.hanoi.gateway.mappings.npsp.Procedure}), counter dossiers and their
 * progress translated for {@code DongBoHoSoMC} / {@code CapNhatTienDoHoSoMC}, online dossiers
 * ({@code LayDanhSachHoSoTrucTuyen}) and where each one is routed. Pure functions: no Spring, no Camel.
 */
package vn.hanoi.gateway.mappings.npsp;
