import type { Meta, StoryObj } from '@storybook/web-components-vite';
import '../src/photo-credit/news-photo-credit.js';
import { NEVER_ANSWERS } from './support/never-answers.js';
import { hero, seed } from './support/data.js';
import { frame, renderElement } from './support/render.js';

type Args = Record<string, unknown>;

const meta: Meta<Args> = {
  title: 'Components/Photo credit',
  component: 'news-photo-credit',
  args: { article: seed, variant: 'below' },
  render: (args) => frame(640, renderElement('news-photo-credit', args)),
};
export default meta;

type Story = StoryObj<Args>;

/** The seed hero: caption, then "Photo: Shutterstock". */
export const Below: Story = {};
export const Overlay: Story = { args: { variant: 'overlay' } };
export const ImageObjectAlone: Story = {
  args: { article: undefined, image: { ...hero, copyrightNotice: '© 2024 Shutterstock', license: 'https://news.example/licensing' } },
};
export const Dark: Story = { args: { theme: 'dark' } };
export const Loading: Story = { args: { article: undefined, src: NEVER_ANSWERS } };
export const ErrorState: Story = { args: { article: undefined, image: { url: 'javascript:alert(1)' } } };
