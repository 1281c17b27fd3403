/**
 * The national electronic civil-status database (Ministry of Justice): the canonical
 * {@link vn.hanoi.gateway.mappings.civilstatus.CivilStatusRecord} (birth, marriages, death), its mapper from the
 * register's {@code duLieu}, and the register's in-band outcome codes.
 */
package vn.hanoi.gateway.mappings.civilstatus;
