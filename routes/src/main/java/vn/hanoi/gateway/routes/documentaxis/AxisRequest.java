package vn.hanoi.gateway.routes.documentaxis;

/** A call to the axis made through the {@code document-axis-call} route: method, path, query (or null), JSON body (or null). */
record AxisRequest(String method, String path, String query, String json) {

    static AxisRequest get(String path, String query) {
        return new AxisRequest("GET", path, query, null);
    }

    static AxisRequest post(String path, String json) {
        return new AxisRequest("POST", path, null, json);
    }
}
