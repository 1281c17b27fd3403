/**
 * The national population database: SOAP 1.1 through Apache CXF, OAuth2 client-credentials token,
 * {@code TraCuuThongTinCongDan} mapped to the canonical Citizen. Route id {@code population-lookup}.
 */
package vn.hanoi.gateway.routes.population;
