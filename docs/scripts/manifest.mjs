// The element reference, read from the elements' custom-elements manifest (custom-elements.json, written
// by @custom-elements-manifest/analyzer from the JSDoc of each class). A new element gets its page here
// without anyone touching the docs.
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const manifestPath = path.resolve(
  fileURLToPath(import.meta.url),
  '../../../packages/elements/custom-elements.json',
);

const text = (value) => (typeof value === 'string' ? value.trim() : '');
const typeText = (item) => text(item?.type?.text);

/** Turns one manifest declaration into what the element page shows. */
export function describeElement(declaration, modulePath) {
  const attributes = (declaration.attributes ?? []).map((attribute) => ({
    name: attribute.name,
    field: attribute.fieldName ?? '',
    type: typeText(attribute),
    default: text(attribute.default),
    description: text(attribute.description),
  }));
  const attributeByField = new Map(attributes.filter((a) => a.field).map((a) => [a.field, a.name]));
  const publicMembers = (declaration.members ?? []).filter(
    (member) =>
      (member.privacy ?? 'public') === 'public' &&
      !member.static &&
      !member.name.startsWith('_') &&
      !member.name.startsWith('#'),
  );
  const properties = publicMembers
    .filter((member) => member.kind === 'field')
    .map((member) => ({
      name: member.name,
      attribute: attributeByField.get(member.name) ?? '',
      type: typeText(member),
      default: text(member.default),
      readonly: Boolean(member.readonly),
      description: text(member.description),
    }));
  const methods = publicMembers
    .filter((member) => member.kind === 'method')
    .map((member) => ({
      name: member.name,
      signature: `${member.name}(${(member.parameters ?? [])
        .map((p) => `${p.name}${p.optional ? '?' : ''}${typeText(p) ? `: ${typeText(p)}` : ''}`)
        .join(', ')})${member.return?.type?.text ? `: ${member.return.type.text}` : ''}`,
      description: text(member.description),
    }));
  const events = (declaration.events ?? [])
    .filter((event) => event.name)
    .map((event) => ({
      name: event.name,
      type: typeText(event),
      description: text(event.description),
    }));
  const named = (list) =>
    (list ?? []).map((item) => ({
      name: item.name ?? '',
      description: text(item.description),
      default: text(item.default),
      syntax: text(item.syntax),
    }));
  return {
    tagName: declaration.tagName,
    className: declaration.name,
    summary: text(declaration.summary) || text(declaration.description).split('\n')[0],
    description: text(declaration.description),
    module: modulePath,
    url: `/components/${declaration.tagName}/`,
    attributes,
    properties,
    methods,
    events,
    slots: named(declaration.slots),
    cssParts: named(declaration.cssParts),
    cssProperties: named(declaration.cssProperties),
  };
}

export function readElements(file = manifestPath) {
  if (!existsSync(file)) return { available: false, list: [] };
  const manifest = JSON.parse(readFileSync(file, 'utf8'));
  const byTag = new Map();
  for (const module of manifest.modules ?? []) {
    for (const declaration of module.declarations ?? []) {
      if (!declaration.customElement || !declaration.tagName) continue;
      if (!declaration.tagName.startsWith('introserv-')) continue;
      byTag.set(declaration.tagName, describeElement(declaration, module.path));
    }
    // Tags registered by a define file point back at their class through `exports`.
    for (const exported of module.exports ?? []) {
      if (exported.kind !== 'custom-element-definition' || byTag.has(exported.name)) continue;
      const ref = exported.declaration ?? {};
      const target = (manifest.modules ?? [])
        .find((m) => !ref.module || m.path === ref.module || m.path.endsWith(ref.module))
        ?.declarations?.find((d) => d.name === ref.name);
      if (target)
        byTag.set(exported.name, describeElement({ ...target, tagName: exported.name }, module.path));
    }
  }
  const list = [...byTag.values()].sort((a, b) => a.tagName.localeCompare(b.tagName));
  return { available: true, list };
}
