// `npm test`: every test, in stages, each timed. Stops at the first stage that fails and exits
// with its code; the wall time of each stage that ran is printed at the end either way.
import { spawn } from 'node:child_process';

const STAGES = [
  ['browser tests', 'web-test-runner'],
  ['library build', 'npm run build --silent'],
  ['Storybook build', 'npm run build-storybook --silent'],
  [
    'node, delivery and Storybook tests',
    // The limit is per test; each test that needs more sets its own (the story test: 60 s a story).
    'node --test --test-reporter=spec --test-timeout=300000 test/node/*.test.mjs test/delivery/*.test.mjs test/storybook/*.test.mjs',
  ],
];

const run = (command) =>
  new Promise((resolve) => {
    const child = spawn(command, { shell: true, stdio: 'inherit' });
    child.on('exit', (code, signal) => resolve(code ?? (signal ? 1 : 0)));
  });

const times = [];
const started = performance.now();
let code = 0;
for (const [name, command] of STAGES) {
  const at = performance.now();
  code = await run(command);
  times.push(`  ${name}: ${((performance.now() - at) / 1000).toFixed(1)} s${code ? ` (failed, exit ${code})` : ''}`);
  if (code) break;
}
console.log(`\nnpm test wall time: ${((performance.now() - started) / 1000).toFixed(1)} s`);
console.log(times.join('\n'));
process.exit(code);
