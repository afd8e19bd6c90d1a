import type { StorybookConfig } from '@storybook/web-components-vite';

const config: StorybookConfig = {
  stories: ['../stories/**/*.mdx', '../stories/**/*.stories.ts'],
  addons: ['@storybook/addon-docs', '@storybook/addon-a11y'],
  framework: { name: '@storybook/web-components-vite', options: {} },
  // The sample feeds, served at /feeds as on the demo page.
  staticDirs: [{ from: '../demo/feeds', to: '/feeds' }],
  // No outbound network here or on partners' CI: never wait on telemetry or update checks.
  core: { disableTelemetry: true, disableWhatsNewNotifications: true },
  viteFinal: async (viteConfig) => {
    // The library build settings do not apply to Storybook's own bundle.
    viteConfig.build = { ...viteConfig.build, lib: false };
    viteConfig.optimizeDeps = { ...viteConfig.optimizeDeps, include: ['lit/directive-helpers.js'] };
    return viteConfig;
  },
};

export default config;
