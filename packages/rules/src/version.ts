// Generated from package.json by scripts/write-version.mjs at build time.
export const VERSION = '0.0.0';
