/**
 * What every national system's contract tests share: the running gateway with each register's WireMock
 * server ({@link vn.hanoi.gateway.contract.AbstractContractIT}, one cached context), the tests every
 * register must pass ({@link vn.hanoi.gateway.contract.AbstractRegisterContractIT}: its fixtures, its
 * lenient reading, its scenario table of {@link vn.hanoi.gateway.contract.Scenario}s), a register as its
 * stubs play it ({@link vn.hanoi.gateway.contract.Register}), calling the gateway as the one-stop shop does
 * ({@link vn.hanoi.gateway.contract.GatewayCaller}), the checks the public contract makes of its answers
 * ({@link vn.hanoi.gateway.contract.GatewayAnswer}) and the shared fixtures. One sub-package per national
 * system holds its stubs' scenarios and its tests; {@code everyregister} holds what all do alike.
 */
package vn.hanoi.gateway.contract;
