// Finds the Chromium the tests, benchmarks and Storybook checks drive. Nothing is downloaded:
// CHROME_PATH wins, else the usual install locations.
import { existsSync } from 'node:fs';

const CANDIDATES = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable',
  '/snap/bin/chromium',
  '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
  '/Applications/Chromium.app/Contents/MacOS/Chromium',
  'C:\\Program Files\\Google\\Chrome\\Application\\chrome.exe',
];

export function chromePath() {
  const chosen = process.env.CHROME_PATH;
  if (chosen) {
    if (existsSync(chosen)) return chosen;
    throw new Error(`CHROME_PATH is set to ${chosen}, but there is no file there.`);
  }
  const found = CANDIDATES.find((path) => existsSync(path));
  if (found) return found;
  throw new Error(
    'No Chromium or Chrome found. Install one (Debian/Ubuntu: `apt-get install chromium`) ' +
      'or point CHROME_PATH at its executable.',
  );
}

/** Flags for a quiet headless run, also as root in a container, with no outbound connections. */
export const chromeArgs = [
  '--no-sandbox',
  '--headless=new',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-quic',
  '--no-first-run',
];

/**
 * Playwright launch options for pages measured as readers see them: with scrollbars (Playwright
 * hides them by default), whose appearance moves a centred page, as Lighthouse sees too.
 */
export const asReadersSee = () => ({
  executablePath: chromePath(),
  args: chromeArgs,
  ignoreDefaultArgs: ['--hide-scrollbars'],
});
