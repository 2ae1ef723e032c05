import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../src/index.js';
import { feed, seed } from './support/data.js';

const meta: Meta = {
  title: 'Pages/Publisher page',
  parameters: { layout: 'fullscreen' },
};
export default meta;

type Story = StoryObj;

const SEED_TIME = "MMM.dd - yyyy hh:mm a 'CET'";

const page = () => html`
  <div class="page">
    <main>
      <h1>NATO Accuses China of Aiding Russia's War Efforts</h1>
      <news-byline .article=${seed} lead-in="Written by" time-zone="Europe/Copenhagen" date-format=${SEED_TIME}></news-byline>
      <news-photo-credit .article=${seed} loading="eager"></news-photo-credit>
      <p>
        As NATO marks its 75th anniversary, the summit in Washington has been dominated by concerns over the strategic
        partnership between Russia and China.
      </p>
      <h2>China Provides Dual-Use Equipment</h2>
      <news-article-card .article=${seed} layout="horizontal" lead-in="Written by" time-zone="Europe/Copenhagen"></news-article-card>
    </main>
    <aside>
      <news-trending-list .feed=${feed} max="6" time-zone="Europe/Copenhagen"></news-trending-list>
    </aside>
  </div>
`;

const layout = html`<style>
  .page {
    display: grid;
    grid-template-columns: minmax(0, 2fr) minmax(0, 1fr);
    gap: 32px;
    max-width: 1080px;
    margin: 0 auto;
    padding: 24px;
  }
  .page h1 {
    font: 700 36px/1.15 Georgia, serif;
    margin: 0 0 12px;
  }
  .page news-photo-credit {
    margin: 16px 0;
  }
</style>`;

/** The four widgets laid out as the seed page is: headline, byline, hero with caption and credit, Trending Now. */
export const SeedArticlePage: Story = {
  render: () => html`${layout}${page()}`,
};

/**
 * The same page under a deliberately hostile stylesheet (universal `!important` font, size,
 * colour, spacing, transforms, `html { font-size: 10px }`, RTL body tricks, odd `box-sizing`,
 * `img`/`a`/`ol`/`figure` rules). Inside the widgets nothing changes; only the page's own heading
 * and paragraphs suffer.
 */
export const HostileHostPage: Story = {
  render: () => html`${layout}
    <style>
      html {
        font-size: 10px;
      }
      .hostile,
      .hostile * {
        font-family: 'Courier New', monospace !important;
        font-size: 19px !important;
        line-height: 3 !important;
        color: #5b0060 !important;
        letter-spacing: 3px !important;
        word-spacing: 12px !important;
        text-transform: uppercase !important;
        text-align: right !important;
        font-style: italic !important;
        box-sizing: content-box !important;
        text-shadow: 1px 1px 0 #ccc !important;
      }
      .hostile {
        direction: rtl;
      }
      .hostile img {
        border: 6px dashed red !important;
        filter: grayscale(1);
      }
      .hostile a {
        color: #b00 !important;
        text-decoration: line-through !important;
      }
      .hostile ol {
        list-style: upper-roman !important;
        padding: 40px !important;
      }
      .hostile figure {
        margin: 60px !important;
        border: 4px solid gold;
      }
    </style>
    <div class="hostile">${page()}</div>`,
};
