import type { StorybookConfig } from '@storybook/web-components-vite';

const config: StorybookConfig = {
  framework: { name: '@storybook/web-components-vite', options: {} },
  stories: ['../stories/**/*.stories.ts'],
  addons: ['@storybook/addon-docs', '@storybook/addon-a11y'],
  core: { disableTelemetry: true },
  // The server-rendered page as `npm run build` writes it (docs/examples/server-rendered.mjs), with
  // what it loads: its stylesheet, the CDN bundle that takes it over, the seed article's image.
  staticDirs: [
    { from: '../build/examples', to: '/examples' },
    { from: '../docs/examples', to: '/examples' },
    { from: '../dist/cdn', to: '/dist/cdn' },
    { from: '../test/fixtures', to: '/articles' },
  ],
};

export default config;
