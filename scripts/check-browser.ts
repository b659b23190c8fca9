// Run first by `npm test` and `npm run test:e2e`: without a browser the browser tests would fail
// only after everything else, with Playwright's download hint, which cannot work offline.
import { findChromium } from './lib/chromium';

const choice = findChromium();
if ('problem' in choice) {
  console.error(choice.problem);
  process.exit(1);
}
