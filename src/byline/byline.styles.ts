import { css } from 'lit';

export const bylineStyles = css`
  .byline {
    margin: 0;
    font-size: var(--_small-font-size);
    color: var(--_color-muted);
  }
  .authors {
    color: var(--_color-text);
  }
  .author {
    font-weight: 600;
  }
  /* Above a card's full-size headline link, so author pages stay reachable. */
  a {
    position: relative;
    z-index: 1;
  }
  .times {
    display: inline;
  }
  .sep {
    margin-inline: 0.15em;
    color: var(--_color-muted);
  }
  .skeleton.line {
    height: 0.9em;
    width: 60%;
  }
`;
