/**
 * Connector health: each configured national system's circuit state and recent activity, as the
 * {@code connectors} health component and for the ops page.
 */
package vn.hanoi.gateway.health;
