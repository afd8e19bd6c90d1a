import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher } from '@web/test-runner-chrome';
import { parseAst } from 'rolldown/parseAst';
import { chromeArgs, chromePath } from './scripts/chrome.mjs';
import { minifyHtmlTemplatesForTests } from './scripts/minify-html-templates.mjs';
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
  // Limits far above what any test or file takes here (the slowest test well under 2 s, a file
  // under 10 s), so a slower machine of the same kind passes too. Tests wait on events, not time.
  testFramework: { config: { timeout: 20_000 } },
  testsFinishTimeout: 300_000,
  // Lit's dev-mode banner is expected in tests; every other browser log is shown.
  filterBrowserLogs: ({ args }) => !String(args[0]).startsWith('Lit is in dev mode'),
  plugins: [
    esbuildPlugin({ ts: true, target: 'es2022', tsconfig: 'tsconfig.json' }),
    // The tests render our templates as the build ships them: no line break between two tags.
    minifyHtmlTemplatesForTests(parseAst),
  ],
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
