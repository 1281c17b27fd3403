/** The public REST API ({@code /api/v1}): thin controllers that validate, state their access rule and call a route. */
package vn.hanoi.gateway.api;
