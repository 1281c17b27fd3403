/** The insurance register's endpoints: validate the identifier, state the access rule, call the register's lookup handle. */
package vn.hanoi.gateway.registers.insurance;
