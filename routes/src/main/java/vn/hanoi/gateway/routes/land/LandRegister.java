package vn.hanoi.gateway.routes.land;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.StreamSupport;
import vn.hanoi.gateway.mappings.identifiers.CertificateSerial;
import vn.hanoi.gateway.mappings.identifiers.CommuneCode;
import vn.hanoi.gateway.mappings.identifiers.ParcelReference;
import vn.hanoi.gateway.mappings.land.Parcel;
import vn.hanoi.gateway.mappings.land.UseTerm;
import vn.hanoi.gateway.routes.registers.IdentifierParameter;
import vn.hanoi.gateway.routes.registers.Lookup;
import vn.hanoi.gateway.routes.registers.PrefillEvidence;
import vn.hanoi.gateway.routes.registers.PrefillEvidence.LookupQuery;
import vn.hanoi.gateway.routes.registers.PrefillSubject;
import vn.hanoi.gateway.routes.registers.RegisterDescriptor;
import vn.hanoi.gateway.routes.registers.ValueSchema;

/** The land register ({@code docs/contracts/land.md}, {@code docs/land.md}): parcels and certificates. */
public final class LandRegister implements RegisterDescriptor {

    public static final String DATASET = LandConnector.SYSTEM;
    /** By {@link ParcelKey#lookupKey()}. */
    public static final Lookup<Parcel> PARCEL = new Lookup<>(LandConnector.SYSTEM, LandConnector.PARCEL, Parcel.class);
    public static final Lookup<Parcel> CERTIFICATE =
            new Lookup<>(LandConnector.SYSTEM, LandConnector.CERTIFICATE, Parcel.class);

    @Override
    public String name() {
        return LandConnector.SYSTEM;
    }

    @Override
    public String displayName() {
        return "Land register";
    }

    @Override
    public String apiTag() {
        return "Land";
    }

    @Override
    public List<String> credentialKeys() {
        return List.of("client-id", "client-secret");
    }

    @Override
    public List<IdentifierParameter> identifiers() {
        return List.of(
                new IdentifierParameter("communeCode", new CommuneCode(), "The 5-digit commune code, pre-2025 or "
                        + "current. A malformed one is 400 with INVALID_COMMUNE_CODE.", "^[0-9]{5}$", "00124"),
                new IdentifierParameter("mapSheetNumber", ParcelReference.mapSheetNumber(), "The map sheet number "
                        + "(tờ bản đồ). A malformed one is 400 with INVALID_PARCEL_REFERENCE.", null, "21"),
                new IdentifierParameter("parcelNumber", ParcelReference.parcelNumber(), "The parcel number on its map "
                        + "sheet (thửa đất). A malformed one is 400 with INVALID_PARCEL_REFERENCE.", null, "279"),
                new IdentifierParameter("serial", new CertificateSerial(), "The serial of the land-use right "
                        + "certificate, two letters, a space and six digits, URL-encoded (CX%20169401).", null,
                        "CX 169401"));
    }

    @Override
    public List<Lookup<?>> lookups() {
        return List.of(PARCEL, CERTIFICATE);
    }

    @Override
    public List<ValueSchema> valueSchemas() {
        return List.of(new ValueSchema(UseTerm.class, "LONG_TERM, or the last day of the use as an ISO date",
                "2064-12-31"));
    }

    /** A parcel, asked by the parcel the request names; it satisfies a component only when the applicant holds it. */
    @Override
    public Optional<PrefillEvidence> evidence() {
        return Optional.of(new PrefillEvidence(
                subject -> Optional.ofNullable(subject.parcel()).map(parcel -> new LookupQuery(PARCEL,
                        new ParcelKey(parcel.communeCode(), parcel.mapSheetNumber(), parcel.parcelNumber()).lookupKey())),
                (documentType, record, subject, today) -> Optional.of(record).filter(parcel -> isHolder(parcel, subject)),
                "LAND_USE_CERTIFICATE",
                Map.of("LAND_USE_CERTIFICATE", List.of("communeCode", "communeName", "communeCodeCandidates",
                        "legacyCommuneCode", "mapSheetNumber", "parcelNumber", "areaM2", "address", "landUses",
                        "certificate", "encumbrances"))));
    }

    static boolean isHolder(JsonNode parcel, PrefillSubject subject) {
        String idField = subject.isCitizen() ? "personalId" : "enterpriseCode";
        return StreamSupport.stream(parcel.path("holders").spliterator(), false)
                .anyMatch(holder -> subject.applicantId().equals(holder.path(idField).textValue()));
    }
}
