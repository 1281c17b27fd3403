/**
 * The OpenAPI 3 document of the public API ({@code /v3/api-docs}, browsable at {@code /swagger-ui.html}),
 * public. Endpoints are documented from what they already declare: their {@code @Access} rule (credential,
 * purpose headers, 401/403/400 problems), {@link vn.hanoi.gateway.openapi.LookupApi} on a lookup (canonical
 * record, example, lookup headers, upstream problems) and identifier parameters by name. A new endpoint
 * needs a {@code @Tag} on its controller and an {@code @Operation(summary = ...)}; nothing else.
 */
package vn.hanoi.gateway.openapi;
