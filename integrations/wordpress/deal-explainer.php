<?php
/**
 * Plugin Name:       Deal Explainer
 * Description:       Embeds the OpenAI–Foxconn deal explainer in posts, sized to its content and interactive: paste its address on a line of its own, or write [deal-explainer lang="nl" tab="terms" theme="auto"]. Set the explainer's address under Settings → Writing.
 * Version:           1.0.0
 * Requires at least: 6.1
 * Requires PHP:      7.4
 * Author:            deal-explainer
 * License:           GPL-2.0-or-later
 * License URI:       https://www.gnu.org/licenses/gpl-2.0.html
 * Text Domain:       deal-explainer
 *
 * @package DealExplainer
 */

/*
 * Why a plugin: WordPress strips iframes and scripts from what authors and contributors write,
 * and treats what it finds by oEmbed discovery as untrusted (sandboxed, capped at 1000 px
 * high, our sizing script dropped). Registered here, the explainer's own addresses become a
 * trusted embed that WordPress builds without fetching anything.
 *
 * The address of the folder the explainer is published in, e.g.
 * https://explainers.example.org/openai-foxconn/, is set once: in wp-config.php as
 *     define( 'DEAL_EXPLAINER_URL', 'https://explainers.example.org/openai-foxconn/' );
 * or by an administrator under Settings → Writing (the constant wins).
 */

defined( 'ABSPATH' ) || exit;

/** The iframe's height before the explainer reports its own (as in its iframe snippet). */
const DEAL_EXPLAINER_START_HEIGHT = 900;

/**
 * The explainer's headline in each of its languages: the iframe's accessible title. The first
 * is the one used when the language is not given or not known.
 */
function deal_explainer_titles() {
	return array(
		'en' => 'OpenAI and Foxconn team up to build AI hardware in the US',
		'nl' => 'OpenAI en Foxconn gaan samen AI-hardware bouwen in de VS',
	);
}

/** The explainer's folder address, ending in `/`, or '' when none is set. */
function deal_explainer_base() {
	$base = defined( 'DEAL_EXPLAINER_URL' ) ? DEAL_EXPLAINER_URL : get_option( 'deal_explainer_url', '' );
	return is_string( $base ) && '' !== $base ? trailingslashit( $base ) : '';
}

/**
 * Which addresses are the explainer: its iframe page and the pages prerendered per language,
 * tab, theme and layout (embed.nl.terms.auto.html), in the configured folder, on http or https.
 */
function deal_explainer_url_pattern( $base ) {
	$folder = preg_replace( '#^https?://#i', '', $base );
	return '#^https?://' . preg_quote( $folder, '#' ) . 'embed(?:\.[\w-]+)*\.html(?:[?\#]\S*)?$#i';
}

add_action( 'init', 'deal_explainer_init' );

/** Registers the setting, the shortcode and, once an address is set, the embed handler. */
function deal_explainer_init() {
	register_setting(
		'writing',
		'deal_explainer_url',
		array(
			'type'              => 'string',
			'description'       => __( 'Address of the folder the deal explainer is published in, ending in /.', 'deal-explainer' ),
			'sanitize_callback' => 'deal_explainer_sanitize_base',
			'show_in_rest'      => true,
			'default'           => '',
		)
	);
	add_shortcode( 'deal-explainer', 'deal_explainer_shortcode' );
	$base = deal_explainer_base();
	if ( '' !== $base ) {
		wp_embed_register_handler( 'deal-explainer', deal_explainer_url_pattern( $base ), 'deal_explainer_embed_handler' );
	}
}

/**
 * A pasted address of the explainer on a line of its own (or in an Embed block) becomes the
 * explainer as that address asks for it: its language, tab and theme travel in the address.
 *
 * @param array  $matches Unused.
 * @param array  $attr    Unused: the explainer sizes itself.
 * @param string $url     The pasted address.
 */
function deal_explainer_embed_handler( $matches, $attr, $url ) {
	$lang = '';
	$query = wp_parse_url( $url, PHP_URL_QUERY );
	if ( is_string( $query ) ) {
		wp_parse_str( $query, $params );
		$lang = isset( $params['lang'] ) && is_string( $params['lang'] ) ? $params['lang'] : '';
	}
	if ( '' === $lang && preg_match( '#/embed\.([\w-]+)\.[^/?\#]*\.html#i', $url, $variant ) ) {
		$lang = $variant[1];
	}
	return deal_explainer_iframe( $url, $lang );
}

add_filter( 'rest_pre_dispatch', 'deal_explainer_editor_preview', 10, 3 );

/**
 * The block editor previews a pasted address through WordPress's oEmbed proxy, which tries
 * oEmbed discovery before embed handlers. For the explainer's addresses it answers as it does
 * for an embed handler, with the plugin's iframe: the preview is what readers will see, in the
 * language asked for, and nothing is fetched.
 *
 * @param mixed           $result  A response already decided on, if any.
 * @param WP_REST_Server  $server  Unused.
 * @param WP_REST_Request $request The request.
 */
function deal_explainer_editor_preview( $result, $server, $request ) {
	// The proxy's own permission (edit_posts) is checked after this filter, so here as well.
	if ( null !== $result || '/oembed/1.0/proxy' !== $request->get_route() || ! current_user_can( 'edit_posts' ) ) {
		return $result;
	}
	$base = deal_explainer_base();
	$url  = $request->get_param( 'url' );
	if ( '' === $base || ! is_string( $url ) || ! preg_match( deal_explainer_url_pattern( $base ), $url ) ) {
		return $result;
	}
	return array(
		'provider_name' => 'Deal Explainer',
		'html'          => deal_explainer_embed_handler( array(), array(), $url ),
		'scripts'       => array( $base . 'embed-host.js' ),
	);
}

/**
 * `[deal-explainer lang="nl" tab="terms" theme="auto"]`. Each attribute may be left out; a
 * value the explainer does not know is passed on all the same, so the explainer falls back
 * to its default and names the ignored value in the browser console, as for any embed.
 *
 * @param array|string $atts The shortcode's attributes.
 */
function deal_explainer_shortcode( $atts ) {
	$atts  = shortcode_atts(
		array(
			'lang'  => '',
			'tab'   => '',
			'theme' => '',
		),
		$atts,
		'deal-explainer'
	);
	$base = deal_explainer_base();
	if ( '' === $base ) {
		return deal_explainer_not_configured();
	}
	$query = array();
	foreach ( $atts as $name => $value ) {
		$value = trim( (string) $value );
		if ( '' !== $value ) {
			$query[ $name ] = rawurlencode( $value );
		}
	}
	return deal_explainer_iframe( add_query_arg( $query, $base . 'embed.html' ), isset( $query['lang'] ) ? $atts['lang'] : '' );
}

/**
 * The explainer's iframe, and the explainer's own script that keeps its height equal to its
 * content's (once per page, however many iframes).
 *
 * @param string $src  The iframe page's address.
 * @param string $lang The language asked for, for the title; may be empty or unknown.
 */
function deal_explainer_iframe( $src, $lang ) {
	$base = deal_explainer_base();
	// No version: the script's address is the one the explainer publishes, unchanged.
	wp_enqueue_script( 'deal-explainer-host', $base . 'embed-host.js', array(), null, true );
	$titles = deal_explainer_titles();
	$code   = strtolower( (string) strtok( $lang, '-_' ) );
	$title  = isset( $titles[ $code ] ) ? $titles[ $code ] : reset( $titles );
	return sprintf(
		'<iframe class="deal-explainer-embed" src="%1$s" title="%2$s" width="100%%" height="%3$d" loading="lazy" allow="clipboard-write"></iframe>',
		esc_url( $src ),
		esc_attr( $title ),
		DEAL_EXPLAINER_START_HEIGHT
	);
}

/** Readers see nothing of an explainer without an address; people who write posts see why. */
function deal_explainer_not_configured() {
	if ( ! current_user_can( 'edit_posts' ) ) {
		return '';
	}
	return '<p class="deal-explainer-missing">' . esc_html__( 'The Deal Explainer cannot be shown yet: an administrator sets its address under Settings → Writing.', 'deal-explainer' ) . '</p>';
}

/**
 * Keeps the folder of a pasted address: `…/openai-foxconn/embed.html?lang=nl` is stored as
 * `…/openai-foxconn/`. Anything but an http(s) address is refused and the old value kept.
 *
 * @param mixed $value What the administrator entered.
 */
function deal_explainer_sanitize_base( $value ) {
	$value = trim( is_string( $value ) ? $value : '' );
	if ( '' === $value ) {
		return '';
	}
	$url = esc_url_raw( $value, array( 'http', 'https' ) );
	if ( '' === $url || ! wp_parse_url( $url, PHP_URL_HOST ) ) {
		// The settings screen shows the message; the REST API simply keeps the old value.
		if ( function_exists( 'add_settings_error' ) ) {
			add_settings_error( 'deal_explainer_url', 'deal_explainer_url', __( 'The Deal Explainer address must start with https:// or http://.', 'deal-explainer' ) );
		}
		return get_option( 'deal_explainer_url', '' );
	}
	$url = preg_replace( '#[?\#].*$#', '', $url );
	$url = preg_replace( '#/[^/]*\.html?$#i', '/', $url );
	return trailingslashit( $url );
}

add_action( 'admin_init', 'deal_explainer_admin_init' );

/** The address field on Settings → Writing. */
function deal_explainer_admin_init() {
	add_settings_field(
		'deal_explainer_url',
		__( 'Deal Explainer address', 'deal-explainer' ),
		'deal_explainer_field',
		'writing',
		'default',
		array( 'label_for' => 'deal_explainer_url' )
	);
}

/** Prints the address field, or the constant's value when wp-config.php sets it. */
function deal_explainer_field() {
	if ( defined( 'DEAL_EXPLAINER_URL' ) ) {
		printf(
			'<code id="deal_explainer_url">%1$s</code><p class="description">%2$s</p>',
			esc_html( DEAL_EXPLAINER_URL ),
			esc_html__( 'Set in wp-config.php (DEAL_EXPLAINER_URL).', 'deal-explainer' )
		);
		return;
	}
	printf(
		'<input type="url" class="regular-text code" id="deal_explainer_url" name="deal_explainer_url" value="%1$s" placeholder="https://explainers.example.org/openai-foxconn/"><p class="description">%2$s</p>',
		esc_attr( get_option( 'deal_explainer_url', '' ) ),
		esc_html__( 'The folder the explainer is published in. Authors then paste its address (…/embed.html?lang=nl&tab=terms) on a line of its own, or write [deal-explainer lang="nl" tab="terms"].', 'deal-explainer' )
	);
}

register_uninstall_hook( __FILE__, 'deal_explainer_uninstall' );

/** Removing the plugin removes its one setting. */
function deal_explainer_uninstall() {
	delete_option( 'deal_explainer_url' );
}
