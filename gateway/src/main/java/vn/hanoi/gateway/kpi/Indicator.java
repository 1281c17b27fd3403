package vn.hanoi.gateway.kpi;

import java.math.BigDecimal;

/**
 * The indicators of {@code docs/contracts/command-centre.md}, in the contract's order, with plan 161's target where
 * it sets one (a share of dossiers).
 */
enum Indicator {

    ON_TIME("Tỷ lệ hồ sơ giải quyết đúng hạn", null),
    ONLINE("Tỷ lệ hồ sơ trực tuyến", "0.5"),
    DOSSIER_DIGITISED("Tỷ lệ số hóa hồ sơ", null),
    RESULT_DIGITISED("Tỷ lệ số hóa kết quả giải quyết TTHC", "1.0"),
    DATA_REUSED("Tỷ lệ hồ sơ không phải cung cấp lại thông tin, giấy tờ đã có", "0.8"),
    E_TRANSFER("Tỷ lệ hồ sơ luân chuyển giữa các cơ quan bằng phương thức điện tử", "0.8"),
    SATISFACTION("Tỷ lệ hài lòng trong tiếp nhận, giải quyết TTHC", "0.95");

    private final String title;
    private final BigDecimal target;

    Indicator(String title, String target) {
        this.title = title;
        this.target = target == null ? null : new BigDecimal(target);
    }

    String title() {
        return title;
    }

    BigDecimal target() {
        return target;
    }
}
