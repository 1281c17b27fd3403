package vn.hanoi.gateway.routes.insurance;

/** What a lookup names the person by, and the request field the register reads it from. */
enum InsuranceKey {
    INSURANCE_CODE("maSoBhxh"),
    PERSONAL_ID("soDinhDanh");

    private final String field;

    InsuranceKey(String field) {
        this.field = field;
    }

    String field() {
        return field;
    }
}
