/**
 * What a national register is, declared once in its own package ({@link vn.hanoi.gateway.routes.registers.RegisterDescriptor}),
 * and the typed handles of its lookup routes ({@link vn.hanoi.gateway.routes.registers.Lookup}). The gateway's core
 * (access, OpenAPI, ops page, prefill, health, metrics), the sandbox and the contract and architecture tests read
 * the descriptors found by {@link vn.hanoi.gateway.routes.registers.Registers} and name no register.
 */
package vn.hanoi.gateway.routes.registers;
