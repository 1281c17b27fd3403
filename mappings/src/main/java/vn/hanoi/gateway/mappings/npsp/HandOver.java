package vn.hanoi.gateway.mappings.npsp;

import java.util.Optional;
import vn.hanoi.gateway.mappings.common.AdminUnits;
import vn.hanoi.gateway.mappings.common.CommuneResolution;

/**
 * The hand-over a counter dossier calls for ({@code docs/transfers.md}): a location-bound procedure (not
 * {@code locationIndependent} in the catalogue) whose competent commune is decided and is not the unit that received
 * it. The competent commune is the parcel's (a pre-2025 code translated with {@link AdminUnits}; a split commune is not
 * decided); a dossier without a parcel offers none here, since its commune is the applicant's permanent address, which
 * only the population register knows (the online intake asks it; the view does not call a register).
 */
public record HandOver(String unitCode, String unitName, String basis) {

    public static final String PARCEL = "PARCEL";

    public static Optional<HandOver> of(CounterDossier dossier, Procedure procedure, AdminUnits units) {
        if (procedure == null || procedure.locationIndependent() || dossier.parcel() == null) {
            return Optional.empty();
        }
        String code = dossier.parcel().communeCode();
        CommuneResolution commune = units.isLegacyCommune(code) ? units.resolveLegacy(code)
                : units.isCurrentCommune(code) ? units.resolveCurrent(code) : null;
        if (commune == null || !commune.isDecided() || commune.communeCode().equals(dossier.receivingUnitCode())) {
            return Optional.empty();
        }
        return Optional.of(new HandOver(commune.communeCode(), units.currentName(commune.communeCode()).orElse(null), PARCEL));
    }
}
