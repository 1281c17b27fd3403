package vn.hanoi.gateway.mappings.documentaxis;

import java.util.List;
import vn.hanoi.gateway.mappings.common.AdminUnits;
import vn.hanoi.gateway.mappings.common.CommuneResolution;
import vn.hanoi.gateway.mappings.common.Text;
import vn.hanoi.gateway.mappings.npsp.Routing;

/**
 * Routes a transfer received over the axis ({@code API.md}, "Incoming"): to the unit its {@code MaDonViNhan} names
 * ({@code ADDRESSED}), a current commune code unless {@code MaQuanHuyenNhan} names a pre-2025 district, in which case
 * the pre-2025 commune is mapped through the admin units. A pre-2025 commune split between several current ones waits
 * for a person with those {@code candidates}; an absent or unknown code waits with none.
 */
public final class IncomingTransferRouter {

    private final AdminUnits units;

    public IncomingTransferRouter(AdminUnits units) {
        this.units = units;
    }

    public Routing route(TransferredDossier dossier) {
        String unitCode = Text.blankToNull(dossier.unitCode());
        if (unitCode == null) {
            return Routing.manualTriage(List.of());
        }
        if (Text.blankToNull(dossier.legacyDistrictCode()) != null) {
            if (!units.isLegacyCommune(unitCode)) {
                return Routing.manualTriage(List.of());
            }
            CommuneResolution current = units.resolveLegacy(unitCode);
            return current.isDecided() ? Routing.addressed(current.communeCode())
                    : Routing.manualTriage(current.candidates());
        }
        return units.isCurrentCommune(unitCode) ? Routing.addressed(unitCode) : Routing.manualTriage(List.of());
    }
}
