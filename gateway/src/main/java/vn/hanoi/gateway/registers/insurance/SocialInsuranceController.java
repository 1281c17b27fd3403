package vn.hanoi.gateway.registers.insurance;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.hanoi.gateway.access.Access;
import vn.hanoi.gateway.api.Identifiers;
import vn.hanoi.gateway.api.LookupResponses;
import vn.hanoi.gateway.api.Lookups;
import vn.hanoi.gateway.routes.insurance.InsuranceRegister;
import vn.hanoi.gateway.mappings.identifiers.InsuranceCode;
import vn.hanoi.gateway.mappings.identifiers.PersonalId;
import vn.hanoi.gateway.mappings.insurance.InsuranceRecord;
import vn.hanoi.gateway.openapi.LookupApi;

/** Social-insurance records from the national insurance database, by insurance code or by personal id. */
@RestController
@RequestMapping("/api/v1/social-insurance")
@Tag(name = "Social insurance")
class SocialInsuranceController {


    private final Lookups lookups;
    private final InsuranceCode insuranceCodeRule = new InsuranceCode();
    private final PersonalId personalIdRule = PersonalId.rule();

    SocialInsuranceController(Lookups lookups) {
        this.lookups = lookups;
    }

    @GetMapping("/{insuranceCode}")
    @Access(dataset = InsuranceRegister.DATASET, personalData = true)
    @Operation(summary = "A social-insurance record by insurance code")
    @LookupApi(value = InsuranceRecord.class, example = "insurance/canonical/2853501530.json")
    ResponseEntity<Object> byInsuranceCode(@PathVariable String insuranceCode, HttpServletRequest request) {
        Identifiers.require(insuranceCodeRule, "insuranceCode", insuranceCode);
        return LookupResponses.of(lookups.lookup(InsuranceRegister.BY_INSURANCE_CODE, insuranceCode, request));
    }

    /** A missing {@code personalId} breaks its rule like a malformed one: 400 with {@code INVALID_PERSONAL_ID}. */
    @GetMapping
    @Access(dataset = InsuranceRegister.DATASET, personalData = true)
    @Operation(summary = "A person's social-insurance record by personal id")
    @LookupApi(value = InsuranceRecord.class, example = "insurance/canonical/2853501530.json")
    ResponseEntity<Object> byPersonalId(@RequestParam(required = false) String personalId, HttpServletRequest request) {
        Identifiers.require(personalIdRule, "personalId", personalId);
        return LookupResponses.of(lookups.lookup(InsuranceRegister.BY_PERSON, personalId, request));
    }
}
