package vn.hanoi.gateway.kpi;

/** The body of {@code POST /api/v1/ops/kpi/report}: the period to report now. */
record ReportRequest(String from, String to) {
}
