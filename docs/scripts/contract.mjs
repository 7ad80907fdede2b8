// The HTTP API reference, built from the contract (packages/sdk/openapi/introserv.yaml) at site build time:
// plain static HTML, readable offline and under the site's strict CSP (no viewer script, no CDN).
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';

const contractPath = path.resolve(
  fileURLToPath(import.meta.url),
  '../../../packages/sdk/openapi/introserv.yaml',
);
const METHODS = ['get', 'post', 'put', 'patch', 'delete'];

const escapeHtml = (value) =>
  String(value ?? '')
    .replaceAll('&', '&amp;')
    .replaceAll('<', '&lt;')
    .replaceAll('>', '&gt;')
    .replaceAll('"', '&quot;');

const refName = (ref) => decodeURIComponent(ref.split('/').pop() ?? '');
export const anchorOf = (kind, name) => `${kind}-${String(name).replace(/[^A-Za-z0-9_-]+/g, '-')}`;

export function createReader(doc) {
  const resolve = (node) => {
    let current = node;
    for (let i = 0; current?.$ref && i < 20; i++) {
      const parts = current.$ref.replace(/^#\//, '').split('/').map(decodeURIComponent);
      current = parts.reduce((value, key) => value?.[key], doc);
    }
    return current ?? {};
  };

  /** One line of HTML naming a schema's type; references link to their schema section. */
  const typeHtml = (schema) => {
    if (!schema) return '';
    if (schema.$ref) {
      const name = refName(schema.$ref);
      return `<a href="../schemas/#${anchorOf('schema', name)}">${escapeHtml(name)}</a>`;
    }
    for (const key of ['oneOf', 'anyOf', 'allOf']) {
      if (Array.isArray(schema[key])) {
        const joiner = key === 'allOf' ? ' &amp; ' : ' | ';
        return schema[key].map(typeHtml).join(joiner);
      }
    }
    if (Array.isArray(schema.enum))
      return schema.enum.map((v) => `<code>${escapeHtml(JSON.stringify(v))}</code>`).join(' | ');
    if (schema.const !== undefined) return `<code>${escapeHtml(JSON.stringify(schema.const))}</code>`;
    const types = Array.isArray(schema.type) ? schema.type : schema.type ? [schema.type] : [];
    const parts = types.map((type) => {
      if (type === 'array') return `array of ${typeHtml(schema.items) || 'any'}`;
      if (type === 'string' && schema.format) return `string (${escapeHtml(schema.format)})`;
      if (type === 'integer' && schema.format) return `integer (${escapeHtml(schema.format)})`;
      return escapeHtml(type);
    });
    if (!parts.length && schema.properties) parts.push('object');
    return parts.join(' | ') || 'any';
  };

  const constraints = (schema) => {
    const notes = [];
    if (schema.minLength !== undefined) notes.push(`min length ${schema.minLength}`);
    if (schema.maxLength !== undefined) notes.push(`max length ${schema.maxLength}`);
    if (schema.minimum !== undefined) notes.push(`≥ ${schema.minimum}`);
    if (schema.maximum !== undefined) notes.push(`≤ ${schema.maximum}`);
    if (schema.minItems !== undefined) notes.push(`min items ${schema.minItems}`);
    if (schema.maxItems !== undefined) notes.push(`max items ${schema.maxItems}`);
    if (schema.pattern) notes.push(`pattern ${schema.pattern}`);
    if (schema.default !== undefined) notes.push(`default ${JSON.stringify(schema.default)}`);
    return notes.join(', ');
  };

  /** Rows of a schema's fields; inline objects are expanded (indented), references link out. */
  const fieldRows = (schema, depth = 0, prefix = '') => {
    const rows = [];
    if (!schema || depth > 4) return rows;
    const own = schema.$ref ? null : schema;
    if (!own) return rows;
    const merged = own.allOf
      ? own.allOf.filter((s) => !s.$ref).reduce((acc, s) => ({ ...acc, ...s.properties }), {})
      : {};
    const properties = { ...merged, ...(own.properties ?? {}) };
    const required = new Set(own.required ?? []);
    for (const [name, property] of Object.entries(properties)) {
      const full = prefix ? `${prefix}.${name}` : name;
      rows.push({
        name: full,
        depth,
        required: required.has(name),
        typeHtml: typeHtml(property),
        description: property.description ?? (property.$ref ? resolve(property).description : '') ?? '',
        constraints: constraints(property),
        nullable: Array.isArray(property.type) && property.type.includes('null'),
      });
      if (!property.$ref && property.properties) rows.push(...fieldRows(property, depth + 1, full));
      if (!property.$ref && property.items && !property.items.$ref && property.items.properties) {
        rows.push(...fieldRows(property.items, depth + 1, `${full}[]`));
      }
    }
    return rows;
  };

  const bodyOf = (content) => {
    if (!content) return null;
    const [mediaType, media] = Object.entries(content)[0] ?? [];
    if (!mediaType) return null;
    const schema = media.schema ?? {};
    const target = schema.$ref ? resolve(schema) : schema;
    const example = media.example ?? Object.values(media.examples ?? {})[0]?.value ?? target.example;
    return {
      mediaType,
      typeHtml: typeHtml(schema),
      rows: fieldRows(target),
      example: example === undefined ? '' : JSON.stringify(example, null, 2),
    };
  };

  return { resolve, typeHtml, fieldRows, bodyOf, constraints };
}

export function readApi(file = contractPath) {
  if (!existsSync(file)) return { available: false, tags: [], schemas: [] };
  const doc = parse(readFileSync(file, 'utf8'));
  const reader = createReader(doc);
  const tagOrder = (doc.tags ?? []).map((tag) => tag.name);
  const tags = new Map((doc.tags ?? []).map((tag) => [tag.name, { ...tag, operations: [] }]));
  for (const [route, item] of Object.entries(doc.paths ?? {})) {
    const shared = item.parameters ?? [];
    for (const method of METHODS) {
      const operation = item[method];
      if (!operation) continue;
      const tagName = operation.tags?.[0] ?? 'other';
      if (!tags.has(tagName)) {
        tags.set(tagName, { name: tagName, operations: [] });
        tagOrder.push(tagName);
      }
      const parameters = [...shared, ...(operation.parameters ?? [])].map((p) => {
        const parameter = reader.resolve(p);
        return {
          name: parameter.name,
          in: parameter.in,
          required: Boolean(parameter.required),
          typeHtml: reader.typeHtml(parameter.schema),
          description: parameter.description ?? '',
          constraints: parameter.schema ? reader.constraints(parameter.schema) : '',
        };
      });
      const responses = Object.entries(operation.responses ?? {}).map(([status, r]) => {
        const response = reader.resolve(r);
        return {
          status,
          description: response.description ?? '',
          headers: Object.keys(response.headers ?? {}),
          body: reader.bodyOf(response.content),
        };
      });
      const extensions = Object.fromEntries(
        Object.entries(operation).filter(([key]) => key.startsWith('x-')),
      );
      tags.get(tagName).operations.push({
        id: operation.operationId ?? `${method}-${route}`,
        anchor: anchorOf('op', operation.operationId ?? `${method}-${route}`),
        method: method.toUpperCase(),
        path: route,
        summary: operation.summary ?? '',
        description: operation.description ?? '',
        deprecated: Boolean(operation.deprecated),
        authenticated: operation.security ? operation.security.length > 0 : (doc.security ?? []).length > 0,
        extensions: Object.entries(extensions).map(([key, value]) => ({ key, value: JSON.stringify(value) })),
        parameters,
        requestBody: operation.requestBody
          ? reader.bodyOf(reader.resolve(operation.requestBody).content)
          : null,
        requestBodyRequired: Boolean(reader.resolve(operation.requestBody ?? {}).required),
        responses,
      });
    }
  }
  const schemas = Object.entries(doc.components?.schemas ?? {}).map(([name, schema]) => ({
    name,
    anchor: anchorOf('schema', name),
    description: schema.description ?? '',
    typeHtml: reader.typeHtml({ ...schema, description: undefined }),
    rows: reader.fieldRows(schema),
  }));
  return {
    available: true,
    title: doc.info?.title ?? 'API',
    version: doc.info?.version ?? '',
    description: doc.info?.description ?? '',
    servers: doc.servers ?? [],
    tags: tagOrder
      .map((name) => tags.get(name))
      .filter((tag) => tag.operations.length)
      .map((tag) => ({
        ...tag,
        slug: String(tag.name)
          .toLowerCase()
          .replace(/[^a-z0-9]+/g, '-'),
      })),
    schemas,
    operationCount: [...tags.values()].reduce((sum, tag) => sum + tag.operations.length, 0),
  };
}
