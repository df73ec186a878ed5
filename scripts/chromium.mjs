// One place that says which Chromium the tests drive and how it is kept off the network.
import { existsSync } from 'node:fs';

const candidates = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable',
];

/** Path of a Chromium binary: $PASSERELLE_CHROMIUM first, then the usual Debian paths. */
export function findChromium() {
  const fromEnv = process.env.PASSERELLE_CHROMIUM;
  if (fromEnv && existsSync(fromEnv)) return fromEnv;
  return candidates.find((p) => existsSync(p));
}

/** Flags for every runner: headless-safe, and no host but localhost resolves, so no test reaches outside. */
export const chromiumArgs = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-default-apps',
  '--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE localhost, EXCLUDE 127.0.0.1',
];

export function launchOptions() {
  const executablePath = findChromium();
  if (!executablePath)
    throw new Error('No Chromium found: run `npm test` (it installs one) or set PASSERELLE_CHROMIUM.');
  return { executablePath, args: chromiumArgs };
}
