package vn.hanoi.gateway.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import vn.hanoi.gateway.access.Access;
import vn.hanoi.gateway.access.Dataset;
import vn.hanoi.gateway.mappings.identifiers.PersonalId;
import vn.hanoi.gateway.mappings.population.Citizen;
import vn.hanoi.gateway.openapi.LookupApi;

/** Citizens from the national population database. */
@RestController
@RequestMapping("/api/v1/citizens")
@Tag(name = "Citizens")
class CitizenController {

    private final Lookups lookups;
    private final PersonalId personalIdRule = PersonalId.rule();

    CitizenController(Lookups lookups) {
        this.lookups = lookups;
    }

    @GetMapping("/{personalId}")
    @Access(dataset = Dataset.POPULATION, personalData = true)
    @Operation(summary = "A citizen by personal id")
    @LookupApi(value = Citizen.class, example = "population/canonical/001051409167.json")
    ResponseEntity<Object> citizen(@PathVariable String personalId, HttpServletRequest request) {
        Identifiers.require(personalIdRule, "personalId", personalId);
        return LookupResponses.of(lookups.lookup("population", "lookup", personalId, request));
    }
}
