import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../src/index.js';
import newsroomCss from '../src/themes/newsroom.css?raw';
import panoramaUrl from '../test/fixtures/photo-panorama.svg';
import portraitUrl from '../test/fixtures/photo-portrait.svg';
import squareUrl from '../test/fixtures/photo-square.svg';
import { feed, hero, noImage, seed } from './support/data.js';
import { frame, renderElement } from './support/render.js';

type Args = Record<string, unknown>;

const portrait = { ...hero, url: portraitUrl, width: 600, height: 900, alt: 'A figure under a red sun' };
const panorama = { ...hero, url: panoramaUrl, width: 1500, height: 500, alt: 'A pale horizon' };
const square = { ...hero, url: squareUrl, width: 800, height: 800, alt: 'Hills under a yellow sun' };
const everyLabel = { ...seed, labels: ['live', 'breaking', 'opinion', 'analysis', 'sponsored'] };
const WIDTHS = [['phone', 375], ['tablet', 768], ['desktop', 1200]] as const;

/** The same card at a phone's, a tablet's and a desktop's column width: the layout follows its box. */
const atWidths = (args: Args) =>
  html`${WIDTHS.map(
    ([name, width]) => html`<p style="font: 600 12px system-ui; color: #555; margin: 16px 0 4px">${name}: ${width} px</p>
      ${frame(width, renderElement('news-article-card', args))}`,
  )}`;

const grid = (items: unknown[], columns = 3, min = 260) =>
  html`<div style="display: grid; grid-template-columns: repeat(${columns}, minmax(${min}px, 1fr)); gap: 24px; align-items: start">${items}</div>`;

const meta: Meta<Args> = {
  title: 'Design/Article card',
  component: 'news-article-card',
  args: { article: seed, layout: 'stacked', 'time-zone': 'Europe/Copenhagen' },
  parameters: { layout: 'padded' },
};
export default meta;

type Story = StoryObj<Args>;

/** Stacked: the photo on top, cropped to 16:9; the headline grows a step on wide cards and keeps a measure. */
export const StackedAtEveryWidth: Story = { args: { layout: 'stacked' }, render: atWidths };
/** Horizontal: photo beside the text once the text keeps a readable column (a 520 px card), stacked below that. */
export const HorizontalAtEveryWidth: Story = { args: { layout: 'horizontal' }, render: atWidths };
/** Overlay: text on a scrim that keeps white text at AA over any photo; the description goes on narrow cards. */
export const OverlayAtEveryWidth: Story = { args: { layout: 'overlay', article: everyLabel }, render: atWidths };
/** Compact: a thumbnail that grows with the card, 88–180 px. */
export const CompactAtEveryWidth: Story = { args: { layout: 'compact' }, render: atWidths };
/** Without a photo every layout is a text card using the full width. */
export const NoImageAtEveryWidth: Story = { args: { layout: 'horizontal', article: noImage }, render: atWidths };

/** Portrait, landscape and panorama photos in one grid: each cropped to 16:9, so the headlines line up. */
export const MixedPhotoGrid: Story = {
  render: (args) => grid([portrait, hero, panorama].map((image) => renderElement('news-article-card', { ...args, article: { ...seed, image } }))),
};

/** A focal point in the data (`image.focalPoint: {x: 0.5, y: 0.25}`) keeps the subject in the crop; beside it the centred crop. */
export const FocalPoint: Story = {
  render: (args) =>
    grid([
      renderElement('news-article-card', { ...args, article: { ...seed, image: { ...portrait, focalPoint: { x: 0.5, y: 0.25 } } } }),
      renderElement('news-article-card', { ...args, article: { ...seed, image: portrait } }),
    ], 2),
};

/** `--news-image-aspect-ratio: auto` keeps each photo's own shape; `3 / 2` or `1` crop to another. */
export const CropTokens: Story = {
  render: (args) =>
    grid(
      ['auto', '3 / 2', '1'].map((ratio) => {
        const el = renderElement('news-article-card', { ...args, article: { ...seed, image: square } });
        el.style.setProperty('--news-image-aspect-ratio', ratio);
        return el;
      }),
    ),
};

/** Every label: Sponsored (paid) in its own colour and dashed box, named first; Live with a pulsing dot (still under reduced motion); Breaking filled. */
export const Labels: Story = {
  render: (args) =>
    grid([
      renderElement('news-article-card', { ...args, article: everyLabel }),
      renderElement('news-article-card', { ...args, article: everyLabel, layout: 'overlay' }),
      renderElement('news-article-card', { ...args, article: everyLabel, theme: 'dark' }),
    ]),
};

/** The dark theme on a light page: the surface is inset by `--news-inset` (12 px in the dark theme). */
export const DarkOnLightPage: Story = {
  args: { theme: 'dark' },
  parameters: { backgrounds: { disable: true } },
  render: (args) =>
    html`<div style="background: #ffffff; padding: 24px">
      ${grid([
        renderElement('news-article-card', args),
        renderElement('news-byline', { article: seed, theme: 'dark', 'time-zone': 'Europe/Copenhagen' }),
        renderElement('news-trending-list', { feed, theme: 'dark', max: 3, 'time-zone': 'Europe/Copenhagen' }),
      ])}
    </div>`,
};

/** The dark theme on a dark page. */
export const DarkOnDarkPage: Story = {
  args: { theme: 'dark' },
  render: (args) =>
    html`<div style="background: #000000; padding: 24px">
      ${grid([
        renderElement('news-article-card', args),
        renderElement('news-photo-credit', { article: seed, theme: 'dark' }),
        renderElement('news-trending-list', { feed, theme: 'dark', max: 3, 'time-zone': 'Europe/Copenhagen' }),
      ])}
    </div>`,
};

/**
 * The newsroom preset (`news-widgets/themes/newsroom.css`, one stylesheet of tokens): serif
 * headlines, square corners, 3:2 photos, a tighter meta line — beside the default look. The
 * preset applies on `:root` or inside `.news-newsroom`; here only the right-hand column has it.
 */
export const NewsroomPreset: Story = {
  render: (args) => {
    const scoped = newsroomCss.replace(/:root,\s*/, '');
    const column = (label: string, cls: string) =>
      html`<div class=${cls}>
        <p style="font: 600 12px system-ui; color: #555; margin: 0 0 8px">${label}</p>
        ${renderElement('news-article-card', { ...args, article: everyLabel })}
        <div style="height: 24px"></div>
        ${renderElement('news-article-card', { ...args, layout: 'compact' })}
        <div style="height: 24px"></div>
        ${renderElement('news-trending-list', { feed, max: 4, heading: `Most read (${label.toLowerCase()})`, 'time-zone': 'Europe/Copenhagen' })}
      </div>`;
    const style = document.createElement('style');
    style.textContent = scoped;
    return html`${style}${grid([column('Default', ''), column('Newsroom preset', 'news-newsroom')], 2, 320)}`;
  },
};
