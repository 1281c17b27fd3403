package vn.hanoi.gateway.mappings.common;

/** A coded value with its display name, e.g. an ethnicity or a religion. */
public record CodeName(String code, String name) {
}
