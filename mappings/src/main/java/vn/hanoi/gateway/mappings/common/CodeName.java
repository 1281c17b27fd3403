package vn.hanoi.gateway.mappings.common;

/** A coded value with its display name, e.g. an ethnicity or a religion. */
public record CodeName(String code, String name) {

    /** The pair, or {@code null} when neither part was sent. */
    public static CodeName ofNullable(String code, String name) {
        return code == null && name == null ? null : new CodeName(code, name);
    }
}
