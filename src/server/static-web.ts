import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, resolve, sep } from 'node:path';
import type { Context } from 'hono';
import { acceptedEncodings, type Encoding } from './accept-encoding.js';

const types: Record<string, string> = {
  '.html': 'text/html; charset=UTF-8',
  '.js': 'text/javascript; charset=UTF-8',
  '.mjs': 'text/javascript; charset=UTF-8',
  '.css': 'text/css; charset=UTF-8',
  '.json': 'application/json; charset=UTF-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.txt': 'text/plain; charset=UTF-8',
  '.map': 'application/json; charset=UTF-8',
};

const missingPage = `<!doctype html>
<html lang="zh-Hant"><head><meta charset="utf-8"><title>淨零管考平台 Net-Zero Tracker</title></head>
<body><h1>淨零管考平台 Net-Zero Tracker</h1>
<p>網頁介面尚未建置 (dist/web 不存在)。The web app is not built: dist/web is missing.</p>
<p>Build the web app into dist/web (README), then reload. The API is up: <a href="/api/v1/docs">/api/v1/docs</a>,
<a href="/api/v1/health">/api/v1/health</a>.</p></body></html>`;

/** The suffix of a file compressed at build time (vite.config.ts, precompress). */
export const encodedSuffix: Record<Encoding, string> = { br: '.br', gzip: '.gz' };

/**
 * Serves the built web app: a file when the path names one inside `root`, otherwise index.html
 * (the SPA routes on the client). Hashed assets are cached for a year; index.html never, so a
 * new build is picked up at once. A file compressed at build time (name.js.br, name.js.gz) is
 * sent in its place to a client that accepts its encoding.
 */
export function serveWeb(root: string) {
  const base = resolve(root);
  return async (c: Context): Promise<Response> => {
    const path = decodeURIComponent(new URL(c.req.url).pathname);
    const file = normalize(join(base, path));
    const accepted = acceptedEncodings(c.req.header('Accept-Encoding'));
    if (file.startsWith(base + sep) && (await isFile(file))) {
      const immutable = path.startsWith('/assets/');
      return sendFile(
        c,
        file,
        accepted,
        immutable ? 'public, max-age=31536000, immutable' : 'no-cache',
      );
    }
    const index = join(base, 'index.html');
    if (await isFile(index)) return sendFile(c, index, accepted, 'no-cache');
    return c.html(missingPage, 503);
  };
}

async function sendFile(
  c: Context,
  file: string,
  accepted: readonly Encoding[],
  cacheControl: string,
): Promise<Response> {
  const headers: Record<string, string> = {
    'Content-Type': types[extname(file)] ?? 'application/octet-stream',
    'Cache-Control': cacheControl,
    Vary: 'Accept-Encoding',
  };
  for (const encoding of accepted) {
    const encoded = file + encodedSuffix[encoding];
    if (await isFile(encoded))
      return c.body(await readFile(encoded), 200, { ...headers, 'Content-Encoding': encoding });
  }
  return c.body(await readFile(file), 200, headers);
}

async function isFile(path: string): Promise<boolean> {
  try {
    return (await stat(path)).isFile();
  } catch {
    return false;
  }
}
