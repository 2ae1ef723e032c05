import { css } from 'lit';

export const photoCreditStyles = css`
  figure {
    position: relative;
    margin: 0;
  }
  img,
  .broken {
    display: block;
    width: 100%;
    height: auto;
    object-fit: cover;
    border-radius: var(--_radius);
  }
  /* A card's photo is cropped to the card's shape, around the focal point if the data gives one.
     On its own the photo keeps its shape, reserved before it loads by its width and height
     (an aspect-ratio declared here would override that); ::part(image) can crop it. */
  :host(.crop) :is(img, .broken) {
    aspect-ratio: var(--_image-aspect-ratio);
  }
  /* Filling a box its parent sizes (an overlay card's photo). */
  :host(.fill) :is(.frame, .root, figure, img, .broken) {
    height: 100%;
  }
  .broken {
    background: var(--_color-skeleton);
    overflow: hidden;
  }
  /* The SVG gives the box the image's shape; a height set through ::part(image) wins (100% of
     an auto height is auto, so without one the viewBox decides). */
  .broken svg {
    display: block;
    width: 100%;
    height: 100%;
  }
  figcaption {
    margin-top: calc(var(--_space) / 2);
    color: var(--_color-muted);
    font-size: var(--_small-font-size);
    line-height: 1.4;
  }
  .caption {
    color: var(--_color-text);
  }
  .license {
    position: relative;
    z-index: 1;
    text-decoration: underline;
  }
  /* Overlay: caption and credit sit on the photo, on a scrim dark enough for white text. */
  .overlay figcaption {
    position: absolute;
    inset-inline: 0;
    bottom: 0;
    margin: 0;
    padding: calc(var(--_space) / 2) var(--_space);
    color: #ffffff;
    background: rgba(0, 0, 0, 0.72);
    border-end-start-radius: var(--_radius);
    border-end-end-radius: var(--_radius);
  }
  .overlay .caption {
    color: #ffffff;
  }
  .skeleton.media {
    aspect-ratio: 16 / 9;
    border-radius: var(--_radius);
  }
  .skeleton.line {
    height: 0.9em;
    width: 70%;
    margin-top: calc(var(--_space) / 2);
  }
`;
