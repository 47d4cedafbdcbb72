import { Hono } from 'hono';
import { mkdir, mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { precompressFolder } from '../../scripts/precompress.js';
import { serveWeb } from './static-web.js';

let root = '';
const script = `export const figures = [${Array.from({ length: 500 }, (_, i) => i * 7).join(', ')}];\n`;
const page = '<!doctype html><title>淨零</title>';

beforeAll(async () => {
  root = await mkdtemp(join(tmpdir(), 'netzero-static-'));
  await mkdir(join(root, 'assets'));
  await writeFile(join(root, 'assets', 'app-1234abcd.js'), script);
  await writeFile(join(root, 'index.html'), page);
  await precompressFolder(root);
});
afterAll(() => rm(root, { recursive: true, force: true }));

const app = () => new Hono().get('*', serveWeb(root));
const get = (path: string, acceptEncoding?: string) =>
  app().request(path, { headers: acceptEncoding ? { 'Accept-Encoding': acceptEncoding } : {} });

describe('the web build, compressed at build time', () => {
  it('writes a .br and a .gz beside a large file, none beside a small one', async () => {
    expect((await readdir(join(root, 'assets'))).sort()).toEqual([
      'app-1234abcd.js',
      'app-1234abcd.js.br',
      'app-1234abcd.js.gz',
    ]);
    expect(await readdir(root)).not.toContain('index.html.br');
  });

  it('sends the brotli file to a browser, decoding to the same script', async () => {
    const res = await get('/assets/app-1234abcd.js', 'gzip, deflate, br, zstd');
    expect(res.headers.get('Content-Encoding')).toBe('br');
    expect(res.headers.get('Content-Type')).toBe('text/javascript; charset=UTF-8');
    expect(res.headers.get('Vary')).toBe('Accept-Encoding');
    expect(res.headers.get('Cache-Control')).toContain('immutable');
    const body = Buffer.from(await res.arrayBuffer());
    expect(brotliDecompressSync(body).toString()).toBe(script);
    expect(body.length).toBeLessThan(script.length / 2);
  });

  it('sends gzip to a client without brotli, and the file itself to one without either', async () => {
    const gzipped = await get('/assets/app-1234abcd.js', 'gzip');
    expect(gzipped.headers.get('Content-Encoding')).toBe('gzip');
    expect(gunzipSync(Buffer.from(await gzipped.arrayBuffer())).toString()).toBe(script);
    const bare = await get('/assets/app-1234abcd.js');
    expect(bare.headers.get('Content-Encoding')).toBeNull();
    expect(bare.headers.get('Vary')).toBe('Accept-Encoding');
    expect(await bare.text()).toBe(script);
  });

  it('answers a page path with index.html', async () => {
    const res = await get('/measures/transport/1', 'br');
    expect(res.headers.get('Content-Type')).toContain('text/html');
    expect(await res.text()).toBe(page);
  });
});
