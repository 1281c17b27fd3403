package vn.hanoi.gateway.api;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import vn.hanoi.gateway.access.Access;
import vn.hanoi.gateway.access.Dataset;
import vn.hanoi.gateway.mappings.identifiers.EnterpriseCode;

/** Enterprises and their branches from the national business registration database. */
@RestController
@RequestMapping("/api/v1/enterprises")
class EnterpriseController {

    private final Lookups lookups;
    private final EnterpriseCode enterpriseCodeRule = new EnterpriseCode();

    EnterpriseController(Lookups lookups) {
        this.lookups = lookups;
    }

    /** A branch may be written {@code 0101234567-001} or {@code 0101234567001}; the register is asked with the dash. */
    @GetMapping("/{enterpriseCode}")
    @Access(dataset = Dataset.BUSINESS)
    ResponseEntity<Object> enterprise(@PathVariable String enterpriseCode, HttpServletRequest request) {
        Identifiers.require(enterpriseCodeRule, "enterpriseCode", enterpriseCode);
        return LookupResponses.of(lookups.lookup("business", "lookup", EnterpriseCode.normalise(enterpriseCode), request));
    }
}
