/**
 * The REST endpoints of the national registers, one package per register ({@code registers.<name>}), each beside
 * its descriptor's handles ({@code routes.<name>.<Name>Register}). Only these packages may name a register: the
 * gateway's core reads the descriptors ({@code ArchitectureTest}).
 */
package vn.hanoi.gateway.registers;
