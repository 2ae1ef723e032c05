// Probe (not part of the suite): an engine's config plus test/server/faults.mjs, which the main
// config did not mount yet when this was written. ENGINE=chromium|firefox|webkit.
//   ENGINE=firefox npx wtr --config scripts/engines/probes/faults.config.mjs --files test/hardening/server-faults.test.ts
import { faultApi } from '../../../test/server/faults.mjs';

const engine = process.env.ENGINE || 'chromium';
const file = { chromium: 'web-test-runner.config.mjs', firefox: 'web-test-runner.firefox.config.mjs', webkit: 'web-test-runner.webkit.config.mjs' }[engine];
const { default: config } = await import(`../../../${file}`);

export default { ...config, middleware: [...config.middleware, faultApi()] };
