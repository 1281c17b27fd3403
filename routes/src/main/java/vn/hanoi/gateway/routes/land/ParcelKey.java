package vn.hanoi.gateway.routes.land;

import vn.hanoi.gateway.mappings.identifiers.ParcelReference;

/**
 * A parcel as a lookup names it: a commune code, and the map sheet and parcel numbers without leading
 * zeros ({@link ParcelReference#normalise}). Its {@link #lookupKey()}, {@code <commune>/<sheet>/<parcel>},
 * is the key the lookup is cached by: the commune code as the caller sent it (current or pre-2025), the
 * numbers in their canonical spelling, so {@code 21/0279} and {@code 21/279} share one entry.
 *
 * @param communeCode a well-formed 5-digit commune code, current or pre-2025
 * @param mapSheetNumber a well-formed map sheet number
 * @param parcelNumber a well-formed parcel number
 */
public record ParcelKey(String communeCode, String mapSheetNumber, String parcelNumber) {

    private static final String SEPARATOR = "/";

    public ParcelKey {
        mapSheetNumber = ParcelReference.normalise(mapSheetNumber);
        parcelNumber = ParcelReference.normalise(parcelNumber);
    }

    /** The key a parcel lookup is sent with: {@code <commune>/<sheet>/<parcel>}. */
    public String lookupKey() {
        return String.join(SEPARATOR, communeCode, mapSheetNumber, parcelNumber);
    }

    static ParcelKey ofLookupKey(String lookupKey) {
        String[] parts = lookupKey.split(SEPARATOR, -1);
        if (parts.length != 3) {
            throw new IllegalArgumentException("a parcel lookup key is <commune>/<sheet>/<parcel>");
        }
        return new ParcelKey(parts[0], parts[1], parts[2]);
    }

    /** The same sheet and parcel numbers in another commune. */
    ParcelKey inCommune(String otherCommuneCode) {
        return new ParcelKey(otherCommuneCode, mapSheetNumber, parcelNumber);
    }

    /** Never prints the reference: it leads to the parcel's holders. */
    @Override
    public String toString() {
        return "ParcelKey[***]";
    }
}
