/**
 * The gateway with every register reached through the national data-sharing platform ({@code platform.md}), held
 * to the same canonical answers as direct, and to the platform's own errors.
 */
package vn.hanoi.gateway.contract.platform;
