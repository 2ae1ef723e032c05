import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';

/**
 * The seed article page made of fragments from `news-widgets render` (docs/ssr.md): byline,
 * photo credit, card and trending list are declarative shadow DOM in the HTML, final at first
 * paint, and the CDN bundle takes them over in place when it arrives. The page is the one
 * `npm run build` writes (docs/examples/server-rendered.mjs), shown in a frame of its own.
 */
const meta: Meta = {
  title: 'Pages/Server-rendered page',
  parameters: { layout: 'fullscreen' },
};
export default meta;

type Story = StoryObj;

const frame = (title: string, page: string) => html`<iframe
  title=${title}
  src="examples/${page}"
  style="display: block; width: 100%; height: 1100px; border: 0;"
></iframe>`;

/** As readers get it: painted from the HTML, then taken over by the script with no visible change. */
export const TakenOverByTheBundle: Story = {
  render: () => frame('Server-rendered seed article page', 'server-rendered.html'),
};

/**
 * The same page without its script — what readers get with JavaScript off, and what every reader
 * sees before the bundle arrives: the same text, links and images, read whole.
 */
export const WithoutJavaScript: Story = {
  render: () => frame('Server-rendered seed article page without JavaScript', 'server-rendered-no-script.html'),
};
