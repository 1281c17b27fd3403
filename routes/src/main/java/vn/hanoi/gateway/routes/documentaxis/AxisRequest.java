package vn.hanoi.gateway.routes.documentaxis;

/** A call to the axis made through the {@code document-axis-call} route: method, path, query and body (or null). */
record AxisRequest(String method, String path, String query, String contentType, String body) {

    static AxisRequest get(String path, String query) {
        return new AxisRequest("GET", path, query, null, null);
    }

    static AxisRequest postJson(String path, String json) {
        return new AxisRequest("POST", path, null, "application/json", json);
    }

    static AxisRequest postXml(String path, String xml) {
        return new AxisRequest("POST", path, null, "application/xml; charset=UTF-8", xml);
    }
}
