package vn.hanoi.gateway.routes.civilstatus;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * What the register answered ({@code duLieu}) about whom it was asked: the register does not repeat the personal
 * id, and the canonical record carries it.
 */
record Registrations(String personalId, JsonNode duLieu) {

    /** Never prints the personal id nor the registrations. */
    @Override
    public String toString() {
        return "Registrations[***]";
    }
}
