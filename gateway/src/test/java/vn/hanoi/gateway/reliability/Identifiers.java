package vn.hanoi.gateway.reliability;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Random;
import java.util.stream.StreamSupport;
import vn.hanoi.gateway.testing.BundledFixtures;

/** The identifiers the run asks about: every fixture record the registers hold, and well-formed ones they do not. */
record Identifiers(List<String> citizens, List<String> enterprises, List<String> insurances, List<String> parcels,
                   List<String> unknownCitizens, List<String> unknownEnterprises, List<String> unknownInsurances,
                   List<String> unknownParcels) {

    static Identifiers fromFixtures() {
        JsonNode unknown = BundledFixtures.json("unknown-identifiers.json");
        List<String> parcels = BundledFixtures.names("land/native");
        return new Identifiers(BundledFixtures.names("population/native"), BundledFixtures.names("business/native"),
                BundledFixtures.names("insurance/native"), parcels, texts(unknown.path("personalIds")),
                texts(unknown.path("enterpriseCodes")), texts(unknown.path("insuranceCodes")),
                // a fixture parcel's commune and sheet, a parcel number no fixture has
                parcels.stream().map(parcel -> parcel.substring(0, parcel.lastIndexOf('-')) + "-9999").toList());
    }

    /** A land-parcel path {@code commune/sheet/parcel} from {@code commune-sheet-parcel}. */
    static String parcelPath(String parcel) {
        return parcel.replace('-', '/');
    }

    static String any(List<String> ids, Random random) {
        return ids.get(random.nextInt(ids.size()));
    }

    private static List<String> texts(JsonNode array) {
        return StreamSupport.stream(array.spliterator(), false).map(JsonNode::asText).toList();
    }
}
