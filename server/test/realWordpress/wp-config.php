<?php
/**
 * The throwaway WordPress's configuration, used instead of Debian's /etc/wordpress/config-<host>.php:
 * start.ts builds a site folder of links into /usr/share/wordpress with this file as its
 * wp-config.php, and router.php / seed.php set ABSPATH to that folder, so WordPress reads this one
 * and nothing under /etc is written. Everything that differs per run comes from the environment.
 */
define('DB_NAME', 'wordpress');
define('DB_USER', 'root');
define('DB_PASSWORD', '');
// The throwaway MariaDB listens on a socket in the run's temporary folder, never on a port.
define('DB_HOST', 'localhost:' . getenv('LECTERN_WP_SOCKET'));
define('DB_CHARSET', 'utf8mb4');
define('DB_COLLATE', '');
$table_prefix = 'wp_';

define('WP_HOME', getenv('LECTERN_WP_URL'));
define('WP_SITEURL', getenv('LECTERN_WP_URL'));
define('WP_CONTENT_DIR', ABSPATH . 'wp-content');
define('WP_CONTENT_URL', getenv('LECTERN_WP_URL') . '/wp-content');

// Offline and quiet: no update checks, no oEmbed fetches (an embed renders as its link), no cron.
define('WP_HTTP_BLOCK_EXTERNAL', true);
define('AUTOMATIC_UPDATER_DISABLED', true);
define('WP_AUTO_UPDATE_CORE', false);
define('DISABLE_WP_CRON', true);
define('WP_DEBUG', false);

// Fixed keys: the site lives for one test run on loopback and no one signs in to it.
foreach (['AUTH_KEY', 'SECURE_AUTH_KEY', 'LOGGED_IN_KEY', 'NONCE_KEY', 'AUTH_SALT', 'SECURE_AUTH_SALT', 'LOGGED_IN_SALT', 'NONCE_SALT'] as $key) {
  define($key, 'lectern-throwaway-' . $key);
}

require_once ABSPATH . 'wp-settings.php';
