package vn.hanoi.gateway.mappings.documentaxis;

import java.time.LocalDate;
import vn.hanoi.gateway.mappings.npsp.Applicant;

/**
 * The dossier a document carries ({@code HoSoLienThong}): {@code unitCode} is {@code MaDonViNhan}, a Hà Nội commune,
 * pre-2025 when {@code legacyDistrictCode} ({@code MaQuanHuyenNhan}) names a pre-2025 district. {@code purpose} is
 * null when {@code MucDich} is not one of the axis's; {@code applicant.type()} null likewise.
 */
public record TransferredDossier(String dossierCode, String procedureCode, TransferPurpose purpose, String unitCode,
                                 String legacyDistrictCode, Applicant applicant, LocalDate replyBy) {
}
