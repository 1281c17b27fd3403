/** The civil-status register's endpoint: validate the personal id, state the access rule, call the register's lookup handle. */
package vn.hanoi.gateway.registers.civilstatus;
