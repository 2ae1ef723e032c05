// The docs page of every component (preview.ts, `parameters.docs.page`): Storybook's own page with
// the controls kept to what a designer changes, and the rest of the API from custom-elements.json
// in reference tables that stay closed until opened, so the page is mostly the stories themselves.
import { Controls, Description, Heading, Primary, PureArgsTable, Stories, Subtitle, Title, useOf } from '@storybook/addon-docs/blocks';
import { createElement as h, Fragment } from 'react';
import { elementDoc, referenceSections } from './manifest.js';

function Reference({ tag }: { tag: unknown }) {
  const doc = elementDoc(tag);
  if (!doc) return null;
  return h(
    Fragment,
    null,
    h(Heading, null, 'Reference'),
    ...referenceSections(doc).map(({ title, rows }) =>
      h(
        'details',
        { key: title, className: 'news-reference', style: { margin: '0 0 12px' } },
        h('summary', { style: { cursor: 'pointer', fontWeight: 700, padding: '6px 0' } }, `${title} (${Object.keys(rows).length})`),
        h(PureArgsTable, { rows }),
      ),
    ),
  );
}

export function DocsPage() {
  const { preparedMeta } = useOf('meta', ['meta']);
  const doc = elementDoc(preparedMeta.component);
  return h(
    Fragment,
    null,
    h(Title),
    h(Subtitle, null, doc?.summary),
    h(Description),
    h(Primary),
    h(Controls),
    h(Reference, { tag: preparedMeta.component }),
    h(Stories, { includePrimary: false }),
  );
}
