package vn.hanoi.gateway.registers.population;

import java.time.LocalDate;

/** {@code POST /api/v1/citizens/verify}: the personal id, and the facts to check against the register. */
record VerificationRequest(String personalId, String fullName, LocalDate dateOfBirth) {
}
