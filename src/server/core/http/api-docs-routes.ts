import type { FastifyInstance } from 'fastify';
import { appVersion } from '../version.js';
import { buildOpenApiDocument } from './openapi.js';
import type { CataloguedRoute } from './route.js';

const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (character) => `&#${character.charCodeAt(0)};`);

/** A readable, script-free page listing every endpoint, generated from the same catalogue as the OpenAPI document. */
function renderDocsPage(catalogue: CataloguedRoute[]): string {
  const byTag = new Map<string, CataloguedRoute[]>();
  for (const route of catalogue) byTag.set(route.tag, [...(byTag.get(route.tag) ?? []), route]);
  const sections = [...byTag]
    .map(
      ([tag, routes]) => `<section><h2>${escapeHtml(tag)}</h2><table>
<thead><tr><th scope="col">Method</th><th scope="col">Path</th><th scope="col">Access</th><th scope="col">Summary</th></tr></thead>
<tbody>${routes
        .map(
          (route) =>
            `<tr><td><code>${route.method}</code></td><td><code>${escapeHtml(route.url)}</code></td><td>${
              route.access === 'public' ? 'public' : 'signed in'
            }</td><td>${escapeHtml(route.summary)}</td></tr>`,
        )
        .join('\n')}</tbody></table></section>`,
    )
    .join('\n');
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Mạng Xanh API ${escapeHtml(appVersion)}</title>
<style>body{font:16px/1.5 system-ui,sans-serif;max-width:70rem;margin:2rem auto;padding:0 1rem;color:#1a1a1a}
table{border-collapse:collapse;width:100%}th,td{border-bottom:1px solid #ccc;padding:.4rem;text-align:left;vertical-align:top}
code{font-size:.9em}h2{text-transform:capitalize;margin-top:2rem}</style></head>
<body><main><h1>Mạng Xanh API ${escapeHtml(appVersion)}</h1>
<p>Machine-readable description: <a href="/api/openapi.json">/api/openapi.json</a> (OpenAPI 3.1). Errors are
RFC 9457 problem details (<code>application/problem+json</code>) with a stable <code>code</code>. Signed-in requests
carry the session cookie set by <code>POST /api/auth/sign-in</code>; state-changing ones also the <code>x-csrf-token</code>
header returned by sign-in and by <code>GET /api/me</code>.</p>
${sections}</main></body></html>`;
}

export function registerApiDocsRoutes(app: FastifyInstance, catalogue: CataloguedRoute[]): void {
  let document: ReturnType<typeof buildOpenApiDocument> | undefined;
  app.get('/api/openapi.json', async () => {
    document ??= buildOpenApiDocument(catalogue, appVersion);
    return document;
  });
  app.get('/api/docs', async (_request, reply) =>
    reply.type('text/html; charset=utf-8').send(renderDocsPage(catalogue)),
  );
}
