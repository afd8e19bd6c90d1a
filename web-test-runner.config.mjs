import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher } from '@web/test-runner-chrome';
import { chromeArgs, chromePath } from './scripts/chrome.mjs';
import { testRoutes } from './test/server/routes.mjs';

export default {
  files: ['test/**/*.test.ts'],
  nodeResolve: true,
  coverage: true,
  coverageConfig: {
    include: ['src/**/*.ts'],
    reportDir: 'coverage',
    threshold: { statements: 85, branches: 80, functions: 85, lines: 85 },
  },
  middleware: [testRoutes],
  // Lit's dev-mode banner is expected in tests; every other browser log is shown.
  filterBrowserLogs: ({ args }) => !String(args[0]).startsWith('Lit is in dev mode'),
  plugins: [esbuildPlugin({ ts: true, target: 'es2022', tsconfig: 'tsconfig.json' })],
  browsers: [
    chromeLauncher({
      launchOptions: {
        executablePath: chromePath(),
        headless: true,
        // A fixed language and zone, so date and time assertions mean the same on every machine.
        args: [...chromeArgs, '--lang=en-US'],
        env: { ...process.env, TZ: 'UTC' },
      },
    }),
  ],
};
