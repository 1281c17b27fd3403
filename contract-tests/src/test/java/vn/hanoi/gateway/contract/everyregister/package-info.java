/**
 * What every register's connector does alike, held to each register's stubs in one parameterised test:
 * a stale copy answering while the register fails (and not when the policy is off), the circuit breaker
 * opening and then leaving the register alone, a token refused mid-way fetched anew once. Each class has a
 * configuration of its own (and so a gateway of its own), shared by the four registers.
 */
package vn.hanoi.gateway.contract.everyregister;
