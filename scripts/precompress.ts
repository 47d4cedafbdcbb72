/**
 * Compresses the web build once, at build time, at the highest levels (brotli 11, gzip 9): the
 * server then sends `name.js.br` or `name.js.gz` to a client that accepts it
 * (src/server/static-web.ts) and spends nothing per request. A Vite plugin, in vite.config.ts.
 */
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import type { Plugin } from 'vite';

/** Smaller files fit in a packet or two uncompressed. */
const FROM_BYTES = 1024;
const COMPRESSIBLE = /\.(js|mjs|css|html|svg|json|txt|xml)$/;

const encoders = {
  '.br': (bytes: Buffer) =>
    brotliCompressSync(bytes, {
      params: {
        [constants.BROTLI_PARAM_QUALITY]: constants.BROTLI_MAX_QUALITY,
        [constants.BROTLI_PARAM_SIZE_HINT]: bytes.length,
      },
    }),
  '.gz': (bytes: Buffer) => gzipSync(bytes, { level: 9 }),
};

/** Writes a .br and a .gz beside every compressible file of `folder` that they make smaller. */
export async function precompressFolder(folder: string): Promise<void> {
  const entries = await readdir(folder, { recursive: true, withFileTypes: true });
  for (const entry of entries) {
    if (!entry.isFile() || !COMPRESSIBLE.test(entry.name)) continue;
    const file = join(entry.parentPath, entry.name);
    const bytes = await readFile(file);
    if (bytes.length < FROM_BYTES) continue;
    for (const [suffix, encode] of Object.entries(encoders)) {
      const encoded = encode(bytes);
      if (encoded.length < bytes.length) await writeFile(file + suffix, encoded);
    }
  }
}

export function precompress(): Plugin {
  let outDir = '';
  return {
    name: 'netzero-precompress',
    apply: 'build',
    configResolved(config) {
      outDir = resolve(config.root, config.build.outDir);
    },
    async closeBundle() {
      await precompressFolder(outDir);
    },
  };
}
