// Shared by playwright.config.ts and ensure-chromium.mjs: where is a Chromium we can drive?
const fs = require('node:fs');
const { execFileSync } = require('node:child_process');

const SYSTEM_CANDIDATES = [
  process.env.CHROMIUM_PATH,
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable',
  '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
  '/Applications/Chromium.app/Contents/MacOS/Chromium',
].filter(Boolean);

function works(file) {
  try {
    fs.accessSync(file, fs.constants.X_OK);
    execFileSync(file, ['--version'], { stdio: 'ignore', timeout: 20_000 });
    return true;
  } catch {
    return false;
  }
}

/** A system Chromium/Chrome, else Playwright's own download if present, else null. */
function findChromium() {
  const system = SYSTEM_CANDIDATES.find(works);
  if (system) return { path: system, source: 'system' };
  try {
    const { chromium } = require('@playwright/test');
    const bundled = chromium.executablePath();
    if (bundled && fs.existsSync(bundled)) return { path: bundled, source: 'playwright' };
  } catch {
    // @playwright/test not installed yet: nothing bundled either.
  }
  return null;
}

module.exports = { findChromium };
