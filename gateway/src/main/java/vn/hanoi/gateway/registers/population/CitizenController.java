package vn.hanoi.gateway.registers.population;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import vn.hanoi.gateway.access.Access;
import vn.hanoi.gateway.api.Identifiers;
import vn.hanoi.gateway.api.LookupResponses;
import vn.hanoi.gateway.api.Lookups;
import vn.hanoi.gateway.routes.population.PopulationRegister;
import vn.hanoi.gateway.mappings.identifiers.PersonalId;
import vn.hanoi.gateway.mappings.population.Citizen;
import vn.hanoi.gateway.problem.ApiException;
import vn.hanoi.gateway.routes.connector.LookupResult;
import vn.hanoi.gateway.openapi.LookupApi;

/** Citizens from the national population database: the record, or verification without disclosure. */
@RestController
@RequestMapping("/api/v1/citizens")
@Tag(name = "Citizens")
class CitizenController {

    private static final int MAX_NAME_LENGTH = 200;

    private final Lookups lookups;
    private final PersonalId personalIdRule = PersonalId.rule();

    CitizenController(Lookups lookups) {
        this.lookups = lookups;
    }

    @GetMapping("/{personalId}")
    @Access(dataset = PopulationRegister.DATASET, personalData = true)
    @Operation(summary = "A citizen by personal id")
    @LookupApi(value = Citizen.class, example = "population/canonical/001051409167.json")
    ResponseEntity<Object> citizen(@PathVariable String personalId, HttpServletRequest request) {
        Identifiers.require(personalIdRule, "personalId", personalId);
        return LookupResponses.of(lookups.lookup(PopulationRegister.CITIZEN, personalId, request));
    }

    /** Which of the facts asked about the register confirms; the record itself never leaves. */
    @PostMapping("/verify")
    @Access(dataset = PopulationRegister.DATASET, personalData = true)
    ResponseEntity<Verification> verify(@RequestBody VerificationRequest asked, HttpServletRequest request) {
        Identifiers.require(personalIdRule, "personalId", asked.personalId());
        if (asked.fullName() == null && asked.dateOfBirth() == null) {
            throw ApiException.invalid("fullName", "NOTHING_TO_VERIFY", "ask about fullName, dateOfBirth or both");
        }
        if (asked.fullName() != null && (asked.fullName().isBlank() || asked.fullName().length() > MAX_NAME_LENGTH)) {
            throw ApiException.invalid("fullName", "INVALID_FULL_NAME", "a full name is 1 to 200 characters");
        }
        LookupResult result = lookups.lookup(PopulationRegister.CITIZEN, asked.personalId(), request);
        if (!(result.record() instanceof Citizen citizen)) {
            throw new IllegalStateException("the population lookup answered something other than a citizen");
        }
        return ResponseEntity.ok().header("X-Source-System", result.system()).body(Verification.of(asked, citizen));
    }
}
