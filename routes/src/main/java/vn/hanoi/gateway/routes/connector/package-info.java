/**
 * What every connector shares: its configuration, the failure classification, the resilient and
 * authenticated upstream call, the lookup cache, the "authenticated lookup with cache and breaker"
 * route template and the shared error policy every connector route opts into.
 */
package vn.hanoi.gateway.routes.connector;
