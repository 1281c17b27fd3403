package vn.hanoi.gateway.mappings.land;

import java.util.ArrayList;
import java.util.List;
import vn.hanoi.gateway.mappings.common.AdminUnits;

/**
 * Which pre-2025 commune codes to ask the land register for, given the commune code a caller sent, which
 * may be current (from 1 July 2025) or pre-2025. The register knows pre-2025 codes only, and map sheets and
 * parcel numbers are numbered per pre-2025 commune.
 *
 * <ul>
 *   <li>A current code: the pre-2025 communes it was made of, whole or in part. The pre-2025 commune with
 *       the same code comes first when it is one of them; the others follow in ascending code order.</li>
 *   <li>A code that is both current and pre-2025 (a current commune that kept an old code) is read as
 *       current, by the rule above. Since in the bundled data every such old commune is a part of the current
 *       one, its own code is tried first, which also covers a caller who meant the old commune. An old code
 *       reused for a current commune that does not include that old commune would not be tried.</li>
 *   <li>A pre-2025 code only: itself.</li>
 *   <li>A code neither list knows (another province, or none): no code; the caller answers "not found".</li>
 * </ul>
 *
 * <p>A current commune made of several old ones gives several codes; the caller asks for them in order and
 * takes the first parcel found. The same map sheet and parcel numbers may exist in more than one of those
 * old communes: the first one found wins, and the parcel's {@code legacyCommuneCode} shows which it was.
 * A parcel found through an old commune that was split may now lie in a neighbouring current commune;
 * its {@code communeCodeCandidates} say so.
 */
public final class LegacyCommuneCodes {

    private final AdminUnits units;

    public LegacyCommuneCodes(AdminUnits units) {
        this.units = units;
    }

    /** The pre-2025 codes to try, in order; empty when the code is unknown. */
    public List<String> toTryFor(String communeCode) {
        if (communeCode == null) {
            return List.of();
        }
        if (units.isCurrentCommune(communeCode)) {
            return constituentsOf(communeCode);
        }
        return units.isLegacyCommune(communeCode) ? List.of(communeCode) : List.of();
    }

    private List<String> constituentsOf(String currentCode) {
        List<String> constituents = units.legacyCodesOf(currentCode);
        if (!constituents.contains(currentCode)) {
            return constituents;
        }
        List<String> namesakeFirst = new ArrayList<>(constituents.size());
        namesakeFirst.add(currentCode);
        constituents.stream().filter(code -> !code.equals(currentCode)).forEach(namesakeFirst::add);
        return List.copyOf(namesakeFirst);
    }
}
