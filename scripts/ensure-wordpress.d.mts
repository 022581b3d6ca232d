/** Types of ensure-wordpress.mjs, which the test set-up (server/test/realWordpress/start.ts) imports. */
export declare const WORDPRESS_DIR: string
export interface Versions { wordpress: string; mariadb: string; php: string }
export declare function ensureWordPress(options?: { log?: (line: string) => void }): { ok: true; versions: Versions } | { ok: false; reason: string }
export declare function versions(): Versions
