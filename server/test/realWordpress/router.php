<?php
/**
 * Router for `php -S`: files that exist (uploads, wp-includes assets) are served as they are;
 * every other path goes to WordPress's index.php, as Apache's rewrite rules would send it, so
 * pretty permalinks and `/wp-json/` work. ABSPATH points at the run's site folder (see start.ts),
 * whose wp-config.php is ours.
 */
$path = parse_url($_SERVER['REQUEST_URI'], PHP_URL_PATH);
$root = rtrim($_SERVER['DOCUMENT_ROOT'], '/');
if ($path !== '/' && is_file($root . $path) && substr($path, -4) !== '.php') {
  return false;
}
define('ABSPATH', $root . '/');
$_SERVER['SCRIPT_NAME'] = '/index.php';
$_SERVER['PHP_SELF'] = '/index.php';
require ABSPATH . 'index.php';
