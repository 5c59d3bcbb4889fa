import { type ZodType, z } from 'zod';
import { problemSchema, problemStatuses } from '../../../contract/problem.js';
import type { CataloguedRoute } from './route.js';

type JsonSchema = Record<string, unknown>;

/** Converts a zod schema, moving named sub-schemas into `components.schemas`. */
function toSchema(
  schema: ZodType,
  io: 'input' | 'output',
  components: Record<string, JsonSchema>,
): JsonSchema {
  const converted = z.toJSONSchema(schema, { io, unrepresentable: 'any' }) as JsonSchema;
  const rewritten = JSON.parse(
    JSON.stringify(converted).replaceAll('"#/$defs/', '"#/components/schemas/'),
  ) as JsonSchema & { $defs?: Record<string, JsonSchema> };
  const { $defs, $schema: _dialect, ...rest } = rewritten;
  Object.assign(components, $defs ?? {});
  return rest;
}

function parameters(
  schema: ZodType | undefined,
  location: 'path' | 'query',
  components: Record<string, JsonSchema>,
) {
  if (!schema) return [];
  const object = toSchema(schema, 'input', components) as {
    properties?: Record<string, JsonSchema>;
    required?: string[];
  };
  return Object.entries(object.properties ?? {}).map(([name, property]) => ({
    name,
    in: location,
    required: location === 'path' || (object.required ?? []).includes(name),
    schema: property,
  }));
}

export function buildOpenApiDocument(catalogue: CataloguedRoute[], version: string) {
  const components: Record<string, JsonSchema> = {};
  const problem = toSchema(problemSchema, 'output', components);
  const paths: Record<string, Record<string, unknown>> = {};
  for (const route of catalogue) {
    const path = route.url.replace(/:(\w+)/g, '{$1}');
    const statuses = new Set<number>([400]);
    if (route.access === 'signed_in') statuses.add(401);
    for (const code of route.problems) statuses.add(problemStatuses[code]);
    const responses: Record<string, unknown> = {
      [route.successStatus]: route.response
        ? {
            description: 'Success',
            content: { 'application/json': { schema: toSchema(route.response, 'output', components) } },
          }
        : { description: 'Success, no content' },
    };
    for (const status of [...statuses].sort()) {
      responses[status] = {
        description: 'Problem',
        content: { 'application/problem+json': { schema: problem } },
      };
    }
    paths[path] ??= {};
    paths[path][route.method.toLowerCase()] = {
      summary: route.summary,
      tags: [route.tag],
      ...(route.access === 'signed_in' ? { security: [{ session: [] }] } : { security: [] }),
      parameters: [
        ...parameters(route.params, 'path', components),
        ...parameters(route.query, 'query', components),
      ],
      ...(route.body
        ? {
            requestBody: {
              required: !route.body.safeParse(undefined).success,
              content: { 'application/json': { schema: toSchema(route.body, 'input', components) } },
            },
          }
        : {}),
      responses,
    };
  }
  return {
    openapi: '3.1.0',
    info: {
      title: 'Mạng Xanh API',
      version,
      description:
        'Plans, reporting rounds and roll-ups for the education sector. Errors are RFC 9457 problem details with a stable `code`. ' +
        'Signed-in requests carry the session cookie; state-changing ones also the `x-csrf-token` header.',
    },
    paths,
    components: {
      schemas: components,
      securitySchemes: { session: { type: 'apiKey', in: 'cookie', name: 'mx_session' } },
    },
  };
}
