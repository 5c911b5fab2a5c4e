#!/usr/bin/env bash
# A real WordPress for the tests, from Debian's packages, on loopback only:
#   bash tests/wordpress/setup.sh        install what is missing, start MariaDB, install a
#                                        fresh site, start PHP's built-in server on it
#   bash tests/wordpress/setup.sh stop   stop both servers
# Every start installs the site anew into an empty database, so no run sees another's posts.
# What the tests need to reach the site (its address, the users' application passwords) is
# written to $DEAL_WP_STATE/site.json.
set -euo pipefail
cd "$(dirname "$0")/../.."

say() { printf '[wordpress] %s\n' "$*"; }
fail() { printf '[wordpress] error: %s\n' "$*" >&2; exit 1; }

state=$(realpath -m "${DEAL_WP_STATE:-target/wordpress}")
mysql_dir="$state/mysql"
socket="$state/mysqld.sock"
content="$state/wp-content"
wordpress=/usr/share/wordpress
# Debian's wp-config.php reads /etc/wordpress/config-$WORDPRESS_CONFIG.php when the server
# sets that variable; a name of our own leaves any other site on the machine alone.
config_name=deal-explainer-test
config_file=/etc/wordpress/config-$config_name.php
as_root=$([ "$(id -u)" = 0 ] || echo sudo)
# MariaDB's installer gives the user running it an account that logs in by the socket.
db_admin=$(id -un)

# Stops the process whose id is in $1 (a pid file of ours), with its process group when it
# leads one, and waits until it has gone.
stop_pid_file() {
  local file=$1 pid
  [ -f "$file" ] || return 0
  pid=$(cat "$file")
  if kill -0 "$pid" 2>/dev/null; then
    if [ "$(ps -o pgid= -p "$pid" | tr -d ' ')" = "$pid" ]; then kill -- "-$pid"; else kill "$pid"; fi
    for _ in $(seq 300); do kill -0 "$pid" 2>/dev/null || break; sleep 0.1; done
  fi
  rm -f "$file"
}

if [ "${1:-}" = stop ]; then
  stop_pid_file "$state/php.pid"
  stop_pid_file "$state/mysqld.pid.ours"
  exit 0
fi

# --- Debian packages -------------------------------------------------------------------------
# wordpress (6.1 in Debian 12) brings PHP and its MySQL driver; its theme comes separately.
packages=(wordpress wordpress-theme-twentytwentythree mariadb-server php-cli php-mysql)
missing=()
for package in "${packages[@]}"; do
  # `ii` is installed and configured; a package removed but not purged shows `rc`.
  [ "$(dpkg-query -W -f='${db:Status-Abbrev}' "$package" 2>/dev/null)" = "ii " ] || missing+=("$package")
done
if [ ${#missing[@]} -gt 0 ]; then
  say "installing ${missing[*]} (Debian packages)"
  # The packages' own services (Apache, MariaDB) must not start: the tests start their own,
  # on loopback. Docker images already forbid it; elsewhere a temporary policy does.
  policy=/usr/sbin/policy-rc.d
  own_policy=
  if [ ! -e "$policy" ]; then
    printf '#!/bin/sh\nexit 101\n' | $as_root tee "$policy" >/dev/null
    $as_root chmod +x "$policy"
    own_policy=1
  fi
  $as_root env DEBIAN_FRONTEND=noninteractive apt-get update -qq
  $as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends \
    -o DPkg::Lock::Timeout=600 "${missing[@]}" >/dev/null
  [ -z "$own_policy" ] || $as_root rm -f "$policy"
fi
wp_version=$(sed -n "s/^\$wp_version = '\(.*\)';/\1/p" "$wordpress/wp-includes/version.php")
say "WordPress $wp_version, $(php -r 'echo "PHP ", PHP_VERSION;'), $(mariadbd --version | awk '{print "MariaDB", $3}')"

# --- MariaDB: a server of our own, on a socket in $state, no network ------------------------
mkdir -p "$state"
if [ ! -d "$mysql_dir/mysql" ]; then
  say "creating the MariaDB data directory"
  rm -rf "$mysql_dir"
  mariadb-install-db --no-defaults --user="$db_admin" --datadir="$mysql_dir" \
    --auth-root-authentication-method=socket --skip-test-db >"$state/mariadb-install.log" 2>&1 \
    || fail "mariadb-install-db failed; see $state/mariadb-install.log"
fi
if ! mariadb-admin --no-defaults --socket="$socket" -u"$db_admin" ping >/dev/null 2>&1; then
  # mariadbd itself, not a service: CI machines have no systemd.
  mariadbd --no-defaults --user="$db_admin" --datadir="$mysql_dir" --socket="$socket" \
    --skip-networking --pid-file="$state/mysqld.pid" --log-error="$state/mysqld.log" \
    --innodb-buffer-pool-size=64M >>"$state/mysqld.log" 2>&1 &
  echo $! >"$state/mysqld.pid.ours"
  # Wait for the server to answer, or to die.
  for _ in $(seq 600); do
    mariadb-admin --no-defaults --socket="$socket" -u"$db_admin" ping >/dev/null 2>&1 && break
    kill -0 "$(cat "$state/mysqld.pid.ours")" 2>/dev/null || fail "MariaDB did not start; see $state/mysqld.log"
    sleep 0.1
  done
  mariadb-admin --no-defaults --socket="$socket" -u"$db_admin" ping >/dev/null 2>&1 || fail "MariaDB did not answer in 60 s"
fi
db_password=$(head -c 18 /dev/urandom | base64 | tr -dc 'A-Za-z0-9')
mariadb --no-defaults --socket="$socket" -u"$db_admin" <<SQL
DROP DATABASE IF EXISTS wordpress_test;
CREATE DATABASE wordpress_test CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;
CREATE USER IF NOT EXISTS 'wordpress_test'@'localhost';
ALTER USER 'wordpress_test'@'localhost' IDENTIFIED BY '$db_password';
GRANT ALL ON wordpress_test.* TO 'wordpress_test'@'localhost';
SQL

# --- The site: its configuration, content folder, plugin, and installation -----------------
stop_pid_file "$state/php.pid"
port=${DEAL_WP_PORT:-$(python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')}
site="http://127.0.0.1:$port"

# The site's own wp-content: the Debian theme, our plugin (not yet active), and the test's
# must-use plugin. Files are copied afresh so each run tests the working copy.
rm -rf "$content" && mkdir -p "$content/themes" "$content/plugins/deal-explainer" "$content/mu-plugins" "$content/uploads"
ln -s "$wordpress/wp-content/themes/twentytwentythree" "$content/themes/twentytwentythree"
cp integrations/wordpress/deal-explainer.php "$content/plugins/deal-explainer/"
cp tests/wordpress/mu-plugin.php "$content/mu-plugins/deal-explainer-test.php"

config=$(cat <<PHP
<?php
// The WordPress tests' site, written by tests/wordpress/setup.sh on every run.
define( 'DB_NAME', 'wordpress_test' );
define( 'DB_USER', 'wordpress_test' );
define( 'DB_PASSWORD', '$db_password' );
define( 'DB_HOST', 'localhost:$socket' );
define( 'WP_HOME', '$site' );
define( 'WP_SITEURL', '$site' );
define( 'WP_CONTENT_DIR', '$content' );
// Application passwords (for the REST API) need HTTPS or a local environment.
define( 'WP_ENVIRONMENT_TYPE', 'local' );
// No loopback request to wp-cron.php on every page: the built-in server has few workers.
define( 'DISABLE_WP_CRON', true );
define( 'AUTOMATIC_UPDATER_DISABLED', true );
define( 'WP_DEBUG', true );
define( 'WP_DEBUG_DISPLAY', false );
define( 'WP_DEBUG_LOG', '$state/debug.log' );
define( 'AUTH_KEY', '$(head -c 32 /dev/urandom | base64 | tr -dc 'A-Za-z0-9')' );
define( 'SECURE_AUTH_KEY', '$(head -c 32 /dev/urandom | base64 | tr -dc 'A-Za-z0-9')' );
define( 'LOGGED_IN_KEY', '$(head -c 32 /dev/urandom | base64 | tr -dc 'A-Za-z0-9')' );
define( 'NONCE_KEY', '$(head -c 32 /dev/urandom | base64 | tr -dc 'A-Za-z0-9')' );
PHP
)
printf '%s\n' "$config" | $as_root tee "$config_file" >/dev/null
rm -f "$state/debug.log"

say "installing a fresh site at $site"
WORDPRESS_CONFIG=$config_name php tests/wordpress/install.php "$site" >"$state/site.json" \
  || fail "the WordPress installation failed (tests/wordpress/install.php)"

# PHP's built-in server on loopback, a few workers so the page and its assets load together;
# in a process group of its own, so that stopping it stops the workers too.
WORDPRESS_CONFIG=$config_name PHP_CLI_SERVER_WORKERS=4 setsid \
  php -d auto_prepend_file="$PWD/tests/wordpress/server-env.php" -S "127.0.0.1:$port" -t "$wordpress" \
  >"$state/php.log" 2>&1 &
echo $! >"$state/php.pid"
for _ in $(seq 300); do
  curl -fsS -o /dev/null "$site/?rest_route=/" 2>/dev/null && break
  kill -0 "$(cat "$state/php.pid")" 2>/dev/null || fail "PHP's server stopped; see $state/php.log"
  sleep 0.1
done
curl -fsS -o /dev/null "$site/?rest_route=/" || fail "WordPress does not answer at $site; see $state/php.log"
say "WordPress $wp_version is up at $site"
