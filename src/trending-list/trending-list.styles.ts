import { css } from 'lit';

export const trendingListStyles = css`
  .heading {
    margin: 0 0 var(--_space);
    font-family: var(--_headline-font-family);
    font-size: var(--_headline-font-size);
    font-weight: var(--_headline-font-weight);
    line-height: 1.2;
  }
  ol {
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .item {
    position: relative;
    display: grid;
    grid-template-columns: 2em minmax(0, 1fr) auto;
    gap: var(--_space);
    align-items: start;
    padding: var(--_space) 0;
    border-top: 1px solid var(--_color-border);
  }
  .rank {
    color: var(--_color-accent);
    font-size: var(--_headline-font-size);
    font-weight: 700;
    line-height: 1;
    font-variant-numeric: tabular-nums;
  }
  .text {
    display: flex;
    flex-direction: column;
    gap: 0.25em;
    min-width: 0;
  }
  .link {
    font-weight: 600;
    line-height: 1.3;
  }
  /* Each row is clickable as a whole through its one link. */
  .link::after {
    content: '';
    position: absolute;
    inset: 0;
  }
  .item:hover .link {
    text-decoration: underline;
  }
  .thumbnail {
    display: block;
    width: 64px;
    height: 64px;
    object-fit: cover;
    border-radius: calc(var(--_radius) / 2);
  }
  .empty {
    margin: 0;
  }
  .skeleton.heading {
    height: 1.2em;
    width: 40%;
  }
  .skeleton.row {
    height: 2.6em;
    margin-top: var(--_space);
  }
`;
