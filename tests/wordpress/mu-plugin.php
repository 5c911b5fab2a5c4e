<?php
/**
 * Test only (installed as a must-use plugin by tests/wordpress/setup.sh, never shipped).
 *
 * In the tests the widget is served from this machine, on a port of its own. WordPress fetches
 * oEmbed discovery with wp_safe_remote_get(), whose wp_http_validate_url() refuses ports other
 * than 80, 443 and 8080 (filter `http_allowed_safe_ports`); a host other than the site's own
 * that resolves to a loopback or private address is refused as well (filter
 * `http_request_host_is_external`). The widget server here is 127.0.0.1 like the site itself,
 * so only the port needs allowing. A widget on a public host on port 443 needs neither.
 */

add_filter(
	'http_allowed_safe_ports',
	static function ( $ports, $host, $url ) {
		if ( '127.0.0.1' === $host ) {
			$ports[] = (int) wp_parse_url( $url, PHP_URL_PORT );
		}
		return $ports;
	},
	10,
	3
);
