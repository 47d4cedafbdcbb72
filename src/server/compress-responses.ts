import type { MiddlewareHandler } from 'hono';
import { promisify } from 'node:util';
import { brotliCompress, constants, gzip } from 'node:zlib';
import { preferredEncoding, type Encoding } from './accept-encoding.js';

/** Below this a response fits in one packet either way; compressing it only costs time. */
export const COMPRESS_FROM_BYTES = 1024;

const compressible = /^(application\/(json|xml)|text\/(?!event-stream)|image\/svg\+xml)/;

const compressors: Record<Encoding, (body: Uint8Array) => Promise<Buffer>> = {
  // Quality 5 of 11: most of brotli's gain at a small cost per request (the JSON is dynamic).
  br: (body) =>
    promisify(brotliCompress)(body, { params: { [constants.BROTLI_PARAM_QUALITY]: 5 } }),
  gzip: (body) => promisify(gzip)(body, { level: 6 }),
};

/**
 * Compresses JSON and text responses of the API by the client's Accept-Encoding (brotli or
 * gzip). A client that accepts neither gets the response untouched, on Hono's fast path; every
 * answer says it varies by Accept-Encoding, so a shared cache never mixes the two.
 */
export const compressResponses: MiddlewareHandler = async (c, next) => {
  c.header('Vary', 'Accept-Encoding', { append: true });
  await next();
  const encoding = preferredEncoding(c.req.header('Accept-Encoding'));
  const type = c.res.headers.get('Content-Type') ?? '';
  if (
    !encoding ||
    !c.res.body ||
    c.req.method === 'HEAD' ||
    c.res.headers.has('Content-Encoding') ||
    !compressible.test(type)
  )
    return;
  const body = new Uint8Array(await c.res.arrayBuffer());
  const compress = body.byteLength >= COMPRESS_FROM_BYTES;
  // The body has been read: the response is rebuilt either way.
  c.res = new Response(compress ? await compressors[encoding](body) : body, c.res);
  if (!compress) return;
  c.res.headers.delete('Content-Length');
  c.res.headers.set('Content-Encoding', encoding);
};
