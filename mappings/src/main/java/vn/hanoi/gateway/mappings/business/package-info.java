/**
 * The national business registration database: the canonical {@link vn.hanoi.gateway.mappings.business.Enterprise}
 * and its mapper from the register's JSON record.
 */
package vn.hanoi.gateway.mappings.business;
