package vn.hanoi.gateway.mappings.common;

import java.util.HashSet;
import java.util.Objects;
import java.util.Set;

/**
 * A land parcel as a dossier or a request names it: a 5-digit commune code (current or pre-2025), the map
 * sheet and the parcel number. Two references are to the same parcel when their numbers agree (leading zeros
 * aside) and their communes are the same or one became the other on 1 July 2025 ({@link AdminUnits}).
 */
public record ParcelAt(String communeCode, String mapSheetNumber, String parcelNumber) {

    public boolean isSameParcelAs(ParcelAt other) {
        return other != null && numbersEqual(mapSheetNumber, other.mapSheetNumber)
                && numbersEqual(parcelNumber, other.parcelNumber)
                && !disjoint(communesOf(communeCode), communesOf(other.communeCode));
    }

    /** The commune itself and every code it was, or became, in the 2025 reorganisation. */
    private static Set<String> communesOf(String code) {
        Set<String> codes = new HashSet<>();
        if (code == null) {
            return codes;
        }
        AdminUnits units = AdminUnits.hanoi();
        codes.add(code);
        codes.addAll(units.legacyCodesOf(code));
        CommuneResolution became = units.resolveLegacy(code);
        if (became.isDecided()) {
            codes.add(became.communeCode());
        }
        codes.addAll(became.candidates());
        return codes;
    }

    private static boolean disjoint(Set<String> one, Set<String> other) {
        return one.stream().noneMatch(other::contains);
    }

    private static boolean numbersEqual(String one, String other) {
        return one != null && other != null
                && Objects.equals(Text.withoutLeadingZeros(one), Text.withoutLeadingZeros(other));
    }

    /** Never prints the reference: it leads to the parcel's holders. */
    @Override
    public String toString() {
        return "ParcelAt[***]";
    }
}
