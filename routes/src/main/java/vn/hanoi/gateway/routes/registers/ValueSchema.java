package vn.hanoi.gateway.routes.registers;

/**
 * A value type of a register's canonical record that the OpenAPI document shows as a string (it is written as one
 * on the wire), with its description and example.
 */
public record ValueSchema(Class<?> type, String description, String example) {
}
