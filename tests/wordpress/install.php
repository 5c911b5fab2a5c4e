<?php
/**
 * Installs WordPress into the empty test database through its own installer (no wp-cli),
 * adds an author, gives both users an application password for the REST API, and prints
 * what the tests need as JSON: `php install.php http://127.0.0.1:PORT`.
 * Run by tests/wordpress/setup.sh with WORDPRESS_CONFIG set.
 */

if ( PHP_SAPI !== 'cli' || count( $argv ) !== 2 ) {
	fwrite( STDERR, "usage: php install.php SITE_URL\n" );
	exit( 2 );
}
$site = $argv[1];

// Debian's wp-config.php picks its configuration from the server's variables.
$_SERVER['HTTP_HOST']        = parse_url( $site, PHP_URL_HOST ) . ':' . parse_url( $site, PHP_URL_PORT );
$_SERVER['WORDPRESS_CONFIG'] = getenv( 'WORDPRESS_CONFIG' );
$_SERVER['REQUEST_URI']      = '/';

define( 'WP_INSTALLING', true );
require '/usr/share/wordpress/wp-load.php';
require_once ABSPATH . 'wp-admin/includes/upgrade.php';

/** No e-mail about the new site: there is no mail server, and nobody to read it. */
function wp_new_blog_notification() {}

$installed = wp_install( 'The Daily Ledger', 'admin', 'admin@example.org', false, '', wp_generate_password( 24 ), 'en_US' );
if ( is_wp_error( $installed ) || empty( $installed['user_id'] ) ) {
	fwrite( STDERR, "wp_install failed\n" );
	exit( 1 );
}

$author_id = wp_insert_user(
	array(
		'user_login'   => 'author',
		'user_pass'    => wp_generate_password( 24 ),
		'user_email'   => 'author@example.org',
		'display_name' => 'Staff Writer',
		'role'         => 'author',
	)
);
if ( is_wp_error( $author_id ) ) {
	fwrite( STDERR, 'author: ' . $author_id->get_error_message() . "\n" );
	exit( 1 );
}

$users = array();
foreach ( array( 'admin' => $installed['user_id'], 'author' => $author_id ) as $login => $id ) {
	$created = WP_Application_Passwords::create_new_application_password( $id, array( 'name' => 'deal-explainer tests' ) );
	if ( is_wp_error( $created ) ) {
		fwrite( STDERR, "$login: " . $created->get_error_message() . "\n" );
		exit( 1 );
	}
	$users[ $login ] = array(
		'user'     => $login,
		'password' => $created[0],
		'role'     => get_userdata( $id )->roles[0],
	);
}

echo wp_json_encode(
	array(
		'url'     => $site,
		'version' => get_bloginfo( 'version' ),
		'users'   => $users,
	),
	JSON_PRETTY_PRINT | JSON_UNESCAPED_SLASHES
), "\n";
