import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, resolve, sep } from 'node:path';
import type { Context } from 'hono';

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
<p>Run <code>npm run build:web</code>, then restart. The API is up: <a href="/api/v1/docs">/api/v1/docs</a>,
<a href="/api/v1/health">/api/v1/health</a>.</p></body></html>`;

/**
 * Serves the built web app: a file when the path names one inside `root`, otherwise index.html
 * (the SPA routes on the client). Hashed assets are cached for a year; index.html never, so a
 * new build is picked up at once.
 */
export function serveWeb(root: string) {
  const base = resolve(root);
  return async (c: Context): Promise<Response> => {
    const path = decodeURIComponent(new URL(c.req.url).pathname);
    const file = normalize(join(base, path));
    if (file.startsWith(base + sep) && (await isFile(file))) {
      const immutable = path.startsWith('/assets/');
      return c.body(await readFile(file), 200, {
        'Content-Type': types[extname(file)] ?? 'application/octet-stream',
        'Cache-Control': immutable ? 'public, max-age=31536000, immutable' : 'no-cache',
      });
    }
    const index = join(base, 'index.html');
    if (await isFile(index))
      return c.body(await readFile(index), 200, {
        'Content-Type': types['.html'] ?? '',
        'Cache-Control': 'no-cache',
      });
    return c.html(missingPage, 503);
  };
}

async function isFile(path: string): Promise<boolean> {
  try {
    return (await stat(path)).isFile();
  } catch {
    return false;
  }
}
