/**
 * Sandbox mode ({@code gateway.sandbox.enabled=true}, the default): in-process WireMock simulators of
 * every national system, each speaking its contract (tokens and sessions included) and serving the
 * fixtures bundled under {@code sandbox/fixtures/}. The connectors are pointed at them before any bean
 * is created, so nothing else in the gateway knows it runs in a sandbox.
 */
package vn.hanoi.gateway.sandbox;
