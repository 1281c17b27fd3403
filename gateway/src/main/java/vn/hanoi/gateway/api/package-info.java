/**
 * What every register's endpoints share: the call to a lookup route by its typed handle ({@link vn.hanoi.gateway.api.Lookups}),
 * identifier checks ({@link vn.hanoi.gateway.api.Identifiers}) and the lookup answer ({@link vn.hanoi.gateway.api.LookupResponses}).
 * The endpoints themselves live in their register's package ({@code vn.hanoi.gateway.registers.<name>}).
 */
package vn.hanoi.gateway.api;
