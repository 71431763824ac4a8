/**
 * The one description of the browser every tool drives: Debian's Chromium (test tools cannot download
 * their own browsers here; scripts/ensure-chromium.sh installs it). Imported by playwright.config.ts,
 * the search size budget and Lighthouse.
 */

/** Debian's package installs it here. */
export const chromiumPath = '/usr/bin/chromium';

/**
 * Flags for this machine: no sandbox (tests run as root), no GPU, and no background network traffic,
 * so that the privacy tests see only the site's own requests.
 * @example chromium.launch({ executablePath: chromiumPath, args: chromiumFlags })
 */
export const chromiumFlags: readonly string[] = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];
