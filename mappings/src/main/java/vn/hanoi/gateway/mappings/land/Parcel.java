package vn.hanoi.gateway.mappings.land;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import vn.hanoi.gateway.mappings.common.AboutPersons;
import vn.hanoi.gateway.mappings.common.ParcelAt;

/**
 * The canonical land parcel, as in {@code fixtures/land/canonical/}. The register speaks pre-2025 commune
 * codes only: {@code legacyCommuneCode} is the register's, and {@code communeCode} is the current commune it
 * went to, or {@code null} with the sorted current candidates when the old commune was split.
 */
public record Parcel(
        String communeCode,
        String communeName,
        List<String> communeCodeCandidates,
        String legacyDistrictCode,
        String legacyCommuneCode,
        String mapSheetNumber,
        String parcelNumber,
        BigDecimal areaM2,
        String address,
        List<LandUse> landUses,
        List<Holder> holders,
        Certificate certificate,
        List<Encumbrance> encumbrances) implements AboutPersons {

    /** The holders who are persons (individuals and households), not organisations. */
    @Override
    public List<String> personsConcerned() {
        return holders.stream().map(Holder::personalId).filter(Objects::nonNull).toList();
    }

    @Override
    public Optional<ParcelAt> parcelConcerned() {
        return Optional.of(new ParcelAt(legacyCommuneCode != null ? legacyCommuneCode : communeCode, mapSheetNumber,
                parcelNumber));
    }


    public Parcel {
        communeCodeCandidates = List.copyOf(communeCodeCandidates);
        landUses = List.copyOf(landUses);
        holders = List.copyOf(holders);
        encumbrances = List.copyOf(encumbrances);
    }

    /** One purpose the parcel, or part of it, may be used for, and until when. */
    public record LandUse(String code, String name, BigDecimal areaM2, UseTerm term) {
    }

    /** Who holds the right to use the parcel; the id is a personal id, or an enterprise code for an organisation. */
    public record Holder(String fullName, String personalId, String enterpriseCode, HolderType holderType) {
    }

    public enum HolderType { INDIVIDUAL, HOUSEHOLD, ORGANIZATION }

    /** The land-use right certificate (giấy chứng nhận) issued for the parcel. */
    public record Certificate(String serial, String registryEntryNumber, LocalDate issuedOn, String issuedBy) {
    }

    /** A registered charge on the parcel; {@code releasedOn} is {@code null} while it is in force. */
    public record Encumbrance(EncumbranceType type, String holder, LocalDate registeredOn, LocalDate releasedOn) {
    }

    public enum EncumbranceType { MORTGAGE }
}
