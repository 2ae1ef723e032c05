// What Storybook shows of each component, read from custom-elements.json (`npm run analyze`,
// the public API only): the few attributes and properties a designer changes as controls, and the
// rest of the API (events, slots, parts, CSS custom properties, read-only properties) as reference
// tables on the docs page.
import type { ArgTypes, ArgTypesEnhancer, InputType, StrictArgTypes, StrictInputType } from 'storybook/internal/types';
import json from '../../custom-elements.json';

interface Item {
  name: string;
  description?: string;
  summary?: string;
  default?: string;
  type?: { text?: string };
}
interface Member extends Item {
  kind: 'field' | 'method';
  attribute?: string;
  readonly?: boolean;
  static?: boolean;
  privacy?: string;
}
interface Attribute extends Item {
  fieldName?: string;
}
export interface ElementDoc extends Item {
  tagName: string;
  members?: Member[];
  attributes?: Attribute[];
  events?: Item[];
  slots?: Item[];
  cssParts?: Item[];
  cssProperties?: Item[];
}
interface Manifest {
  modules: Array<{ declarations?: Array<Partial<ElementDoc> & { customElement?: boolean }> }>;
}

export const manifest = json as unknown as Manifest;

export function elementDoc(tag: unknown): ElementDoc | undefined {
  if (typeof tag !== 'string') return undefined;
  for (const mod of manifest.modules) {
    for (const decl of mod.declarations ?? []) if (decl.customElement && decl.tagName === tag) return decl as ElementDoc;
  }
  return undefined;
}

/** The properties that carry the data (`article`, `feed`, `image`): writable and without an attribute, in the class's order. */
export function dataProperties(doc: ElementDoc): Member[] {
  return (doc.members ?? []).filter((m) => m.kind === 'field' && !m.attribute && !m.readonly && !m.static && (m.privacy ?? 'public') === 'public');
}

/** `'a' | 'b'` in the type, else "`a` (default), `b` or `c`" opening the description. */
function choices(item: Item): string[] | undefined {
  const literals = [...(item.type?.text ?? '').matchAll(/'([^']*)'/g)].map((m) => m[1]!);
  if (literals.length > 1) return literals;
  const list = /^((?:`[\w-]+`(?:\s*\([^)]*\))?(?:,\s+or\s+|,\s*|\s+or\s+))+`[\w-]+`)/.exec(item.description ?? '');
  return list ? [...list[1]!.matchAll(/`([\w-]+)`/g)].map((m) => m[1]!) : undefined;
}

function attributeArgType(attr: Attribute): StrictInputType {
  const type = attr.type?.text ?? '';
  const options = choices(attr);
  const control = /\bboolean\b/.test(type)
    ? { type: 'boolean' as const }
    : /\bnumber\b/.test(type)
      ? { type: 'number' as const }
      : options
        ? { type: options.length > 4 ? ('select' as const) : ('inline-radio' as const) }
        : { type: 'text' as const };
  return {
    name: attr.name,
    description: attr.description,
    ...(options ? { options } : {}),
    control,
    table: { category: 'attributes', type: type ? { summary: type } : undefined },
  };
}

/**
 * The controls: the component's attributes (by attribute name, as the stories' args set them) and
 * its data properties. Every other row the manifest gives (the attributes' camelCase properties
 * again, read-only properties, events, slots, parts and CSS custom properties) leaves the Controls
 * panel; the docs page shows them in its reference tables. Args the manifest does not know (a
 * story's own) keep their argTypes.
 */
export const designerArgTypes: ArgTypesEnhancer = (context) => {
  const doc = elementDoc(context.component);
  if (!doc) return context.argTypes;
  const fromManifest = new Set(
    [doc.members, doc.attributes, doc.events, doc.slots, doc.cssParts, doc.cssProperties].flatMap((list) => (list ?? []).map((item) => item.name)),
  );
  // The actions Storybook adds for each event (`onNewsLoad`): an element has no such property.
  for (const event of doc.events ?? []) fromManifest.add(`on${event.name.replace(/(?:^|[-_:.\s]+)(\w)/g, (_, c: string) => c.toUpperCase())}`);

  const argTypes: StrictArgTypes = {};
  for (const [key, argType] of Object.entries(context.argTypes)) if (!fromManifest.has(key)) argTypes[key] = argType;
  for (const attr of doc.attributes ?? []) argTypes[attr.name] = attributeArgType(attr);
  for (const prop of dataProperties(doc)) {
    argTypes[prop.name] = {
      name: prop.name,
      description: prop.description,
      control: { type: 'object' },
      table: { category: 'data (property)', type: prop.type?.text ? { summary: prop.type.text } : undefined },
    };
  }
  return argTypes;
};

/** Rows for the docs page's reference tables, by section, in the shape Storybook's ArgsTable takes. */
export function referenceSections(doc: ElementDoc): Array<{ title: string; rows: ArgTypes }> {
  const rows = (items: Item[] | undefined, name: (item: Item) => string = (item) => item.name) =>
    Object.fromEntries(
      (items ?? []).map((item) => [
        name(item),
        {
          name: name(item),
          description: item.description,
          table: {
            type: item.type?.text ? { summary: item.type.text } : undefined,
            defaultValue: item.default !== undefined ? { summary: item.default } : undefined,
          },
        } satisfies InputType,
      ]),
    );
  const readOnly = (doc.members ?? []).filter((m) => m.kind === 'field' && m.readonly);
  const methods = (doc.members ?? []).filter((m) => m.kind === 'method');
  return [
    { title: 'Read-only properties', rows: rows(readOnly) },
    { title: 'Methods', rows: rows(methods, (m) => `${m.name}()`) },
    { title: 'Events', rows: rows(doc.events) },
    { title: 'Slots', rows: rows(doc.slots, (s) => s.name || '(default)') },
    { title: 'CSS parts', rows: rows(doc.cssParts, (p) => `::part(${p.name})`) },
    { title: 'CSS custom properties', rows: rows(doc.cssProperties) },
  ].filter((section) => Object.keys(section.rows).length > 0);
}
