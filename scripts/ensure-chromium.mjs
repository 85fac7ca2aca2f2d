// Makes sure the e2e suite has a Chromium: a system one, else Playwright's download where the
// network allows, else Debian's package via apt when running as root. Otherwise it says what
// to install and fails, rather than letting every test time out.
import { spawnSync } from 'node:child_process';
import findChromiumModule from './find-chromium.cjs';

const { findChromium } = findChromiumModule;

const run = (cmd, args) => spawnSync(cmd, args, { stdio: 'inherit', env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } }).status === 0;

let found = findChromium();
if (!found) {
  console.log('No Chromium found; trying Playwright\'s own download...');
  run(process.execPath, ['node_modules/@playwright/test/cli.js', 'install', 'chromium']);
  found = findChromium();
}
if (!found && process.platform === 'linux' && process.getuid?.() === 0) {
  console.log('Trying Debian\'s chromium package (apt-get)...');
  if (run('apt-get', ['update', '-qq'])) run('apt-get', ['install', '-y', '-qq', 'chromium']);
  found = findChromium();
}
if (!found) {
  console.error(
    [
      'The end-to-end tests need Chromium and none could be found or installed.',
      'Install one of these, then run npm test again:',
      '  Debian/Ubuntu:  sudo apt-get install chromium',
      '  any OS with network access:  npx playwright install chromium',
      '  or point CHROMIUM_PATH at an existing Chrome/Chromium binary.',
    ].join('\n'),
  );
  process.exit(1);
}
console.log(`Chromium for e2e: ${found.path} (${found.source})`);
