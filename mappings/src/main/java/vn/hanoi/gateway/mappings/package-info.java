/**
 * The canonical model of the gateway and the pure functions that produce it: identifier rules,
 * administrative units, and one package per national system with its native-to-canonical mapper.
 * Nothing here knows about Spring, Camel or HTTP.
 */
package vn.hanoi.gateway.mappings;
