// Re-exported for configs; setup.mjs uses the same file before dependencies exist.
export { chromiumArgs, findChromium, launchOptions } from '../../../scripts/chromium.mjs';
