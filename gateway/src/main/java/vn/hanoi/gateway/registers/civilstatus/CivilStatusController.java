package vn.hanoi.gateway.registers.civilstatus;

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
import vn.hanoi.gateway.mappings.civilstatus.CivilStatusRecord;
import vn.hanoi.gateway.mappings.identifiers.PersonalId;
import vn.hanoi.gateway.openapi.LookupApi;
import vn.hanoi.gateway.routes.civilstatus.CivilStatusRegister;

/** A person's birth, marriages and death from the national electronic civil-status database. */
@RestController
@RequestMapping("/api/v1/civil-status")
@Tag(name = "Civil status")
class CivilStatusController {

    private final Lookups lookups;
    private final PersonalId personalIdRule = PersonalId.rule();

    CivilStatusController(Lookups lookups) {
        this.lookups = lookups;
    }

    @GetMapping("/{personalId}")
    @Access(dataset = CivilStatusRegister.DATASET, personalData = true)
    @Operation(summary = "A person's civil-status record (birth, marriages, death) by personal id")
    @LookupApi(value = CivilStatusRecord.class, example = "civil-status/canonical/001066246367.json")
    ResponseEntity<Object> civilStatus(@PathVariable String personalId, HttpServletRequest request) {
        Identifiers.require(personalIdRule, "personalId", personalId);
        return LookupResponses.of(lookups.lookup(CivilStatusRegister.BY_PERSON, personalId, request));
    }
}
