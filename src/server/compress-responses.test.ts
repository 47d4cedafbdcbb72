import type { Kysely } from 'kysely';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import type { Tables } from '../db/tables.js';
import { createApp } from './app.js';
import { COMPRESS_FROM_BYTES } from './compress-responses.js';

// The OpenAPI document needs no database and is large: the API's compression through the app.
const app = createApp({ db: {} as unknown as Kysely<Tables>, engine: 'postgres' });
const get = (path: string, acceptEncoding?: string) =>
  app.request(path, { headers: acceptEncoding ? { 'Accept-Encoding': acceptEncoding } : {} });
const plain = async () => Buffer.from(await (await get('/api/v1/openapi.json')).arrayBuffer());

describe('API responses compressed by Accept-Encoding', () => {
  it('sends the JSON uncompressed to a client that asks for no encoding', async () => {
    const res = await get('/api/v1/openapi.json');
    expect(res.headers.get('Content-Encoding')).toBeNull();
    expect(res.headers.get('Vary')).toContain('Accept-Encoding');
    expect((await res.arrayBuffer()).byteLength).toBeGreaterThan(COMPRESS_FROM_BYTES);
  });

  it('sends brotli that decodes to the same bytes, much smaller', async () => {
    const res = await get('/api/v1/openapi.json', 'gzip, deflate, br');
    expect(res.headers.get('Content-Encoding')).toBe('br');
    expect(res.headers.get('Vary')).toContain('Accept-Encoding');
    expect(res.headers.get('Content-Type')).toContain('application/json');
    const body = Buffer.from(await res.arrayBuffer());
    const original = await plain();
    expect(brotliDecompressSync(body).equals(original)).toBe(true);
    expect(body.length).toBeLessThan(original.length / 4);
  });

  it('sends gzip to a client that accepts only gzip', async () => {
    const res = await get('/api/v1/openapi.json', 'gzip');
    expect(res.headers.get('Content-Encoding')).toBe('gzip');
    const body = Buffer.from(await res.arrayBuffer());
    expect(gunzipSync(body).equals(await plain())).toBe(true);
  });

  it('leaves a small answer as it is', async () => {
    const res = await get('/api/v1/nowhere', 'br');
    expect(res.status).toBe(404);
    expect(res.headers.get('Content-Encoding')).toBeNull();
    expect(await res.json()).toMatchObject({ code: 'NOT_FOUND' });
  });
});
