package vn.hanoi.gateway.registers.business;

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
import vn.hanoi.gateway.routes.business.BusinessRegister;
import vn.hanoi.gateway.mappings.business.Enterprise;
import vn.hanoi.gateway.mappings.identifiers.EnterpriseCode;
import vn.hanoi.gateway.openapi.LookupApi;

/** Enterprises and their branches from the national business registration database. */
@RestController
@RequestMapping("/api/v1/enterprises")
@Tag(name = "Enterprises")
class EnterpriseController {

    private final Lookups lookups;
    private final EnterpriseCode enterpriseCodeRule = new EnterpriseCode();

    EnterpriseController(Lookups lookups) {
        this.lookups = lookups;
    }

    /** A branch may be written {@code 0101234567-001} or {@code 0101234567001}; the register is asked with the dash. */
    @GetMapping("/{enterpriseCode}")
    @Access(dataset = BusinessRegister.DATASET)
    @Operation(summary = "An enterprise or branch by enterprise code")
    @LookupApi(value = Enterprise.class, example = "business/canonical/0110386356.json")
    ResponseEntity<Object> enterprise(@PathVariable String enterpriseCode, HttpServletRequest request) {
        Identifiers.require(enterpriseCodeRule, "enterpriseCode", enterpriseCode);
        return LookupResponses.of(lookups.lookup(BusinessRegister.ENTERPRISE, EnterpriseCode.normalise(enterpriseCode), request));
    }
}
