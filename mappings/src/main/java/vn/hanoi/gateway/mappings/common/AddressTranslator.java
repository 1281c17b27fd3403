package vn.hanoi.gateway.mappings.common;

import java.util.List;

/**
 * Builds canonical {@link Address}es from the pieces an upstream sends, translating pre-2025 commune
 * codes to current ones. A non-empty district code marks the commune code as pre-2025.
 */
public final class AddressTranslator {

    private final AdminUnits units;

    public AddressTranslator(AdminUnits units) {
        this.units = units;
    }

    public Address translate(String country, String provinceCode, String districtCode, String communeCode,
                             String detail) {
        String province = Text.blankToNull(provinceCode);
        String district = Text.blankToNull(districtCode);
        String commune = Text.blankToNull(communeCode);
        if (commune == null) {
            return new Address(Text.blankToNull(country), province, null, null, List.of(), district, null,
                    Text.blankToNull(detail));
        }
        boolean legacy = district != null;
        CommuneResolution resolution = resolve(province, commune, legacy);
        return new Address(Text.blankToNull(country), province, resolution.communeCode(), resolution.communeName(),
                resolution.candidates(), district, legacy ? commune : null, Text.blankToNull(detail));
    }

    private CommuneResolution resolve(String province, String commune, boolean legacy) {
        if (!AdminUnits.HANOI_PROVINCE_CODE.equals(province)) {
            // Only Hà Nội's units are bundled: a current code elsewhere is passed through unnamed,
            // a pre-2025 one elsewhere cannot be translated.
            return legacy ? CommuneResolution.unknown() : new CommuneResolution(commune, null, List.of());
        }
        return legacy ? units.resolveLegacy(commune) : units.resolveCurrent(commune);
    }
}
