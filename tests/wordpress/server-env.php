<?php
// Prepended to every request of the tests' PHP server: Debian's wp-config.php picks its
// configuration by this server variable, which PHP's built-in server does not take from the
// environment.
$_SERVER['WORDPRESS_CONFIG'] = getenv( 'WORDPRESS_CONFIG' );
