package vn.hanoi.gateway.mappings.npsp;

import java.util.List;
import vn.hanoi.gateway.mappings.common.AdminUnits;
import vn.hanoi.gateway.mappings.common.CommuneResolution;

/**
 * Routes an online dossier regardless of administrative boundaries ({@code API.md}):
 * <ul>
 *   <li>a location-independent procedure goes to the unit the applicant chose ({@code CHOSEN_UNIT});</li>
 *   <li>any other goes to the commune with jurisdiction ({@code JURISDICTION}): the parcel's commune when
 *       the dossier names a parcel (land procedures; the portal names it with the land register's pre-2025
 *       commune code, translated here with {@link AdminUnits}), else the applicant's permanent-address
 *       commune from the population register;</li>
 *   <li>when that commune cannot be decided (a split pre-2025 commune, an unknown procedure, an applicant the
 *       register does not know, an enterprise) it waits for a person ({@code MANUAL_TRIAGE}, with the
 *       candidate communes when there are some).</li>
 * </ul>
 */
public final class DossierRouter {

    private final AdminUnits units;

    public DossierRouter(AdminUnits units) {
        this.units = units;
    }

    /** Whether routing needs the applicant's permanent-address commune: ask the register only then. */
    public boolean needsApplicantCommune(OnlineDossier dossier, Procedure procedure) {
        return procedure != null && !procedure.locationIndependent() && dossier.parcel() == null
                && dossier.applicant().type() == ApplicantType.CITIZEN && dossier.applicant().id() != null;
    }

    /**
     * @param procedure        the catalogue's procedure, {@code null} when the portal does not know it
     * @param applicantCommune the applicant's permanent-address commune, {@code null} when unknown
     */
    public Routing route(OnlineDossier dossier, Procedure procedure, CommuneResolution applicantCommune) {
        if (procedure == null) {
            return Routing.manualTriage(List.of());
        }
        if (procedure.locationIndependent()) {
            return dossier.chosenUnitCode() == null
                    ? Routing.manualTriage(List.of()) : Routing.chosenUnit(dossier.chosenUnitCode());
        }
        CommuneResolution commune = dossier.parcel() != null ? parcelCommune(dossier.parcel()) : applicantCommune;
        if (commune == null || !commune.isDecided()) {
            return Routing.manualTriage(commune == null ? List.of() : commune.candidates());
        }
        return Routing.jurisdiction(commune.communeCode());
    }

    private CommuneResolution parcelCommune(OnlineDossier.Parcel parcel) {
        String code = parcel.legacyCommuneCode();
        if (units.isLegacyCommune(code)) {
            return units.resolveLegacy(code);
        }
        return units.isCurrentCommune(code) ? units.resolveCurrent(code) : null;
    }
}
