import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../src/index.js';
import { feedOf, seed } from './support/data.js';

const meta: Meta = { title: 'Pages/Theming' };
export default meta;

type Story = StoryObj;

/**
 * A publisher's brand applied through the public tokens only: a green accent, a serif font and
 * larger card headlines (`--news-card-headline-font-size`), plus one `::part` rule; the dark
 * widgets below get their own accent, so their rank numbers and labels keep AA contrast.
 */
export const PublisherBrand: Story = {
  render: () => html`<style>
      .brand {
        --news-color-accent: #0a5c36;
        --news-font-family: Georgia, 'Times New Roman', serif;
        --news-color-focus: #0a5c36;
        --news-radius: 0px;
        display: grid;
        grid-template-columns: minmax(0, 2fr) minmax(0, 1fr);
        gap: 24px;
        max-width: 960px;
      }
      /* Per theme: the dark widgets get a lighter shade (theming.md, "Contrast"). */
      .brand [theme='dark'] {
        --news-color-accent: #6fcf97;
        --news-color-focus: #6fcf97;
      }
      .brand news-article-card {
        --news-card-headline-font-size: 28px;
      }
      .brand news-trending-list::part(rank) {
        font-style: italic;
      }
    </style>
    <div class="brand">
      <news-article-card .article=${{ ...seed, labels: ['breaking'] }} lead-in="Written by"></news-article-card>
      <news-trending-list .feed=${feedOf(5)}></news-trending-list>
      <news-article-card .article=${{ ...seed, labels: ['breaking'] }} lead-in="Written by" theme="dark"></news-article-card>
      <news-trending-list .feed=${feedOf(5)} theme="dark" heading="Most read"></news-trending-list>
    </div>`,
};

/** `theme="auto"` follows the reader's colour scheme; here both themes side by side. */
export const LightAndDark: Story = {
  render: () => html`<div style="display: grid; grid-template-columns: 1fr 1fr; gap: 24px; max-width: 960px">
    <news-article-card .article=${seed} theme="light"></news-article-card>
    <news-article-card .article=${seed} theme="dark"></news-article-card>
  </div>`,
};
