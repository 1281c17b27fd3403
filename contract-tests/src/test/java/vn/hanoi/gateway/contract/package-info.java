/**
 * What every national system's contract tests share: calling the running gateway as the one-stop shop
 * does ({@link vn.hanoi.gateway.contract.GatewayCaller}), the checks the public contract makes of its
 * answers ({@link vn.hanoi.gateway.contract.GatewayAnswer}), the shared fixtures, and a field-by-field
 * JSON diff. One sub-package per national system holds its stubs' scenarios and its tests.
 */
package vn.hanoi.gateway.contract;
