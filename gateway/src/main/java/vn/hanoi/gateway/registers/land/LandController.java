package vn.hanoi.gateway.registers.land;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import vn.hanoi.gateway.access.Access;
import vn.hanoi.gateway.api.Identifiers;
import vn.hanoi.gateway.api.LookupResponses;
import vn.hanoi.gateway.api.Lookups;
import vn.hanoi.gateway.routes.land.LandRegister;
import vn.hanoi.gateway.mappings.identifiers.CertificateSerial;
import vn.hanoi.gateway.mappings.identifiers.CommuneCode;
import vn.hanoi.gateway.mappings.identifiers.ParcelReference;
import vn.hanoi.gateway.mappings.land.Parcel;
import vn.hanoi.gateway.openapi.LookupApi;
import vn.hanoi.gateway.routes.land.ParcelKey;

/**
 * Land parcels from the land register, by commune (current or pre-2025), map sheet and parcel number, or
 * by the serial of their land-use right certificate.
 */
@RestController
@RequestMapping("/api/v1")
@Tag(name = "Land")
class LandController {

    private final Lookups lookups;
    private final CommuneCode communeRule = new CommuneCode();
    private final ParcelReference mapSheetRule = ParcelReference.mapSheetNumber();
    private final ParcelReference parcelRule = ParcelReference.parcelNumber();
    private final CertificateSerial serialRule = new CertificateSerial();

    LandController(Lookups lookups) {
        this.lookups = lookups;
    }

    @GetMapping("/land-parcels/{communeCode}/{mapSheetNumber}/{parcelNumber}")
    @Access(dataset = LandRegister.DATASET, personalData = true)
    @Operation(summary = "A land parcel by commune, map sheet and parcel number")
    @LookupApi(value = Parcel.class, example = "land/canonical/00124-21-279.json")
    ResponseEntity<Object> parcel(@PathVariable String communeCode, @PathVariable String mapSheetNumber,
                                  @PathVariable String parcelNumber, HttpServletRequest request) {
        Identifiers.require(communeRule, "communeCode", communeCode);
        Identifiers.require(mapSheetRule, "mapSheetNumber", mapSheetNumber);
        Identifiers.require(parcelRule, "parcelNumber", parcelNumber);
        ParcelKey parcel = new ParcelKey(communeCode, mapSheetNumber, parcelNumber);
        return LookupResponses.of(lookups.lookup(LandRegister.PARCEL, parcel.lookupKey(), request));
    }

    @GetMapping("/land-certificates/{serial}")
    @Access(dataset = LandRegister.DATASET, personalData = true)
    @Operation(summary = "The land parcel of a land-use right certificate")
    @LookupApi(value = Parcel.class, example = "land/canonical/00124-21-279.json")
    ResponseEntity<Object> certificate(@PathVariable String serial, HttpServletRequest request) {
        Identifiers.require(serialRule, "serial", serial);
        return LookupResponses.of(lookups.lookup(LandRegister.CERTIFICATE, serial, request));
    }
}
