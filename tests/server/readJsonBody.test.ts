import { Hono } from 'hono';
import { describe, expect, it } from 'vitest';
import { readJsonBody } from '../../src/server/http/readJsonBody';
import { respondToError } from '../../src/server/http/respondToError';

// The parser every JSON route uses, behind the app's own error handler, as a route would use it.
const echo = new Hono()
  .post('/echo', async (c) => c.json({ received: await readJsonBody(c) }))
  .onError(respondToError);

function post(body: string) {
  return echo.request('/echo', {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body,
  });
}

describe('reading a JSON body', () => {
  it('hands a well-formed body to the route', async () => {
    const response = await post('{"cursor":null,"push":[]}');
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ received: { cursor: null, push: [] } });
  });

  it.each([
    ['cut-off JSON', '{"cursor": '],
    ['not JSON at all', 'cursor=null'],
    ['an empty body', ''],
  ])('answers %s with a 400 invalid_json, never a 5xx', async (_, body) => {
    const response = await post(body);
    expect(response.status).toBe(400);
    expect(await response.json()).toEqual({
      error: { code: 'invalid_json', message: expect.any(String) },
    });
  });
});

describe('an unexpected failure', () => {
  it('answers 500 without the internals in the body', async () => {
    const failing = new Hono()
      .get('/boom', () => {
        throw new Error('relation "secret_table" does not exist');
      })
      .onError(respondToError);
    const errors: unknown[] = [];
    const original = console.error;
    console.error = (...args: unknown[]) => errors.push(args);
    try {
      const response = await failing.request('/boom');
      expect(response.status).toBe(500);
      const body = await response.text();
      expect(JSON.parse(body)).toMatchObject({ error: { code: 'internal' } });
      expect(body).not.toContain('secret_table');
      expect(errors).toHaveLength(1);
    } finally {
      console.error = original;
    }
  });
});
