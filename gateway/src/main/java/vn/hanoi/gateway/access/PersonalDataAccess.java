package vn.hanoi.gateway.access;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Optional;

/**
 * A request to a personal-data endpoint that the access policy let through: who, which dataset, why,
 * and which endpoint ({@code GET /api/v1/citizens/{personalId}}). The audit trail records it.
 */
public record PersonalDataAccess(String clientId, Dataset dataset, Purpose purpose, String operation) {

    static final String ATTRIBUTE = PersonalDataAccess.class.getName();

    public static Optional<PersonalDataAccess> of(HttpServletRequest request) {
        return Optional.ofNullable((PersonalDataAccess) request.getAttribute(ATTRIBUTE));
    }
}
