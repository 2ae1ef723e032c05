import { css, unsafeCSS, type CSSResult } from 'lit';

/**
 * The theming surface. Each public token `--news-{name}` can be narrowed per component
 * (`--news-card-{name}`); components read only the private `--_{name}`, so internals can change
 * without breaking a publisher's theme. Defaults live in `--_d-{name}` and switch with `theme`.
 */
export const TOKENS = {
  'font-family': 'system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif', // Text font family
  'headline-font-family': 'var(--_font-family)', // Headline and list heading font family (defaults to the text font)
  'font-size': '16px', // Body text size (px)
  'small-font-size': '14px', // Size of bylines, captions, credits and labels (px)
  'headline-font-size': '22px', // Headline size (px)
  'headline-font-weight': '700', // Headline weight
  'line-height': '1.45', // Line height of body text
  'color-text': '#1a1a1a', // Text colour
  'color-muted': '#595959', // Secondary text: times, credits, reading time
  'color-accent': '#b3261e', // Kicker, rank numbers and live/breaking labels
  'color-on-accent': '#ffffff', // Text on the accent colour
  'color-surface': '#ffffff', // Background (set to transparent to show the page behind)
  'color-border': '#d6d6d6', // Rules between list items and label borders
  'color-skeleton': '#e9e9e9', // Loading placeholders and broken-image boxes
  'color-focus': '#0b57d0', // Focus ring
  'color-sponsored': '#fbeaa7', // Background of the Sponsored label, which marks paid content
  radius: '8px', // Corner radius of images and of the surface
  space: '12px', // Spacing unit between the pieces
  inset: '0px', // Space between the surface's edge and the content (set it when the surface differs from your page)
  'image-aspect-ratio': '16 / 9', // Shape a card's photo is cropped to, e.g. 3 / 2; auto keeps each photo's own
} as const;

export type TokenName = keyof typeof TOKENS;

/** Defaults for the dark theme (its surface stands apart from most pages, so it is inset); the other tokens are the same in both. */
const DARK: Partial<Record<TokenName, string>> = {
  'color-text': '#f1f1f1', // Text colour
  'color-muted': '#b4b4b4', // Secondary text: times, credits, reading time
  'color-accent': '#ff8a80', // Kicker, rank numbers and live/breaking labels
  'color-on-accent': '#121212', // Text on the accent colour
  'color-surface': '#121212', // Background (set to transparent to show the page behind)
  'color-border': '#3d3d3d', // Rules between list items and label borders
  'color-skeleton': '#2b2b2b', // Loading placeholders and broken-image boxes
  'color-focus': '#8ab4f8', // Focus ring
  'color-sponsored': '#54471a', // Background of the Sponsored label, which marks paid content
  inset: '12px', // Space between the surface's edge and the content (set it when the surface differs from your page)
};

const names = Object.keys(TOKENS) as TokenName[];
const defaults = (values: Partial<Record<TokenName, string>>) =>
  Object.entries(values)
    .map(([name, value]) => `--_d-${name}: ${value};`)
    .join('');

/**
 * `--_x: var(--news-{component}-x, var(--news-x, var(--_d-x)))` for every token, on the frame: a
 * page rule on the host (which beats :host) can set public tokens, never the private ones.
 */
export function tokenLayer(component: string): CSSResult {
  const rules = names
    .map((name) => `--_${name}: var(--news-${component}-${name}, var(--news-${name}, var(--_d-${name})));`)
    .join('');
  return unsafeCSS(`.frame { ${rules} }`);
}

/**
 * Shared by every component: theme defaults, and a frame that is the boundary of inheritance:
 * nothing a host page sets on the host, an ancestor or through a universal rule (important or
 * not) reaches the rendering, so only tokens, parts and the host element's own box are the
 * publisher's to change. `all: initial` resets every inherited property the engine has but
 * direction, which is set here (the root's dir attribute then sets the content's). No rem: the
 * host's root size must not leak in.
 */
export const baseStyles = css`
  :host {
    display: flow-root;
    /* A widget lays out horizontally in vertical text too; an important declaration in a shadow
       root outranks every page rule on its host. */
    writing-mode: horizontal-tb !important;
  }
  :host([hidden]) {
    display: none;
  }
  /* A block that contains the floated root, in flow even when the host is made inline. Hiding
     and inertness stay the page's to pass on, like display: none. */
  .frame {
    all: initial;
    direction: ltr;
    /* WebKit keeps an inherited family (and its default size) for initial. */
    font-family: serif;
    visibility: inherit;
    ${unsafeCSS(defaults(TOKENS))}
    display: flow-root;
    width: 100%;
  }
  :host([theme='dark']) .frame {
    ${unsafeCSS(defaults(DARK))}
  }
  @media (prefers-color-scheme: dark) {
    :host([theme='auto']) .frame {
      ${unsafeCSS(defaults(DARK))}
    }
  }
  .root {
    /* Out of flow, so text decorations set on the host element (or inherited by it) stop here;
       the host is a flow root, so it still wraps the root's full height. */
    float: left;
    width: 100%;
    display: block;
    box-sizing: border-box;
    font-family: var(--_font-family);
    font-size: var(--_font-size);
    line-height: var(--_line-height);
    color: var(--_color-text);
    background: var(--_color-surface);
    padding: var(--_inset);
    /* Rounded only when inset: a flush surface keeps square edges, the page never shows through. */
    border-radius: min(var(--_radius), var(--_inset) * 100);
    text-align: start;
    overflow-wrap: anywhere;
    -webkit-text-size-adjust: 100%;
    text-size-adjust: 100%;
  }
  /* The publisher's fallback content is part of their page: it keeps the page's look. */
  .frame:has(> * > slot),
  .root:has(> slot) {
    padding: 0;
    background: transparent;
    color: inherit;
    font: inherit;
    letter-spacing: inherit;
    word-spacing: inherit;
    text-align: inherit;
    text-transform: inherit;
  }
  *,
  *::before,
  *::after {
    box-sizing: inherit;
  }
  a {
    color: inherit;
    text-decoration: none;
  }
  a:hover {
    text-decoration: underline;
  }
  a:focus-visible {
    outline: 2px solid var(--_color-focus);
    outline-offset: 2px;
    border-radius: 2px;
  }
  .muted {
    color: var(--_color-muted);
    font-size: var(--_small-font-size);
  }
  .error {
    margin: 0;
    color: var(--_color-muted);
    font-size: var(--_small-font-size);
  }
  .skeleton {
    display: block;
    background: var(--_color-skeleton);
    border-radius: 4px;
    animation: news-pulse 1.4s ease-in-out infinite;
  }
  @keyframes news-pulse {
    50% {
      opacity: 0.55;
    }
  }
  /* Loading pulses and the live dot stand still for readers who ask for less motion. */
  @media (prefers-reduced-motion: reduce) {
    *,
    ::before {
      animation: none !important;
    }
  }
  .visually-hidden {
    position: absolute;
    width: 1px;
    height: 1px;
    margin: -1px;
    padding: 0;
    overflow: hidden;
    clip: rect(0 0 0 0);
    white-space: nowrap;
    border: 0;
  }
`;
