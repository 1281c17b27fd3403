/**
 * The national business registration database: REST/JSON, OAuth2 client-credentials token with the
 * client in HTTP Basic, {@code GET /api/v1/doanh-nghiep/{msdn}} mapped to the canonical Enterprise.
 * Route id {@code business-lookup}.
 */
package vn.hanoi.gateway.routes.business;
