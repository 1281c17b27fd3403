/** Start-up checks of the configuration: a gateway that cannot reach its upstreams refuses to start, saying why. */
package vn.hanoi.gateway.settings;
