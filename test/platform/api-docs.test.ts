import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../support/test-app.js';

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp();
});
afterAll(() => t.close());

describe('GET /api/openapi.json', () => {
  it('describes every API route in OpenAPI 3.1, with problem responses', async () => {
    const response = await t.app.inject({ method: 'GET', url: '/api/openapi.json' });
    expect(response.statusCode).toBe(200);
    const document = response.json();
    expect(document.openapi).toBe('3.1.0');
    for (const route of t.app.catalogue) {
      const operation = document.paths[route.url.replace(/:(\w+)/g, '{$1}')]?.[route.method.toLowerCase()];
      expect(operation, `${route.method} ${route.url}`).toBeDefined();
      expect(operation.responses['400'].content['application/problem+json'].schema).toEqual({
        $ref: '#/components/schemas/Problem',
      });
    }
    expect(
      document.paths['/api/auth/sign-in'].post.requestBody.content['application/json'].schema,
    ).toMatchObject({
      properties: { username: { type: 'string' }, password: { type: 'string' } },
      required: ['username', 'password'],
    });
    expect(document.components.schemas.Problem.properties.code.enum).toContain('csrf_failed');
    expect(document.paths['/api/auth/sign-in'].post.requestBody.required).toBe(true);
    expect(document.paths['/api/reports/{id}/submit'].post.requestBody.required).toBe(false);
  });

  it('leaves no reference dangling', async () => {
    const document = (await t.app.inject({ method: 'GET', url: '/api/openapi.json' })).json();
    const references = [...JSON.stringify(document).matchAll(/"\$ref":"#\/components\/schemas\/([^"]+)"/g)];
    for (const [, name] of references)
      expect(document.components.schemas, name).toHaveProperty(name as string);
  });
});

describe('GET /api/docs', () => {
  it('is a readable page listing every route, with no script', async () => {
    const response = await t.app.inject({ method: 'GET', url: '/api/docs' });
    expect(response.headers['content-type']).toBe('text/html; charset=utf-8');
    expect(response.body).not.toContain('<script');
    for (const route of t.app.catalogue) expect(response.body).toContain(route.url);
  });
});
