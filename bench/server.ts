/**
 * The public summary endpoint under load (issue #3): autocannon, 50 connections, 10 s, against
 * the real app on PostgreSQL and on PGlite, each beside a bare Hono endpoint that serves a static
 * JSON body of the same size — all in one run, so the ratios share the machine's moment.
 * `npm run bench` runs it after the summary benchmarks; alone: `BENCH_DATABASE_URL=… node
 * --import tsx bench/server.ts`. Results: BENCHMARKS.md, "Server".
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import autocannon from 'autocannon';
import { Hono } from 'hono';
import { seedDataset } from '../src/db/city/seed-dataset.js';
import { openDatabase, type Database } from '../src/db/connect.js';
import { migrateToLatest } from '../src/db/migrate.js';
import { databaseUrl, dropDatabase, runAdmin } from '../src/db/test-support/postgres-admin.js';
import { createApp } from '../src/server/app.js';
import { listen } from '../src/server/listen.js';

const SUMMARY = '/api/v1/cities/kaohsiung/plans/phase2/summary?asOf=2023-09-30';
const CONNECTIONS = 50;
const SECONDS = Number(process.env.BENCH_SERVER_SECONDS ?? '10');

interface Load {
  requestsPerSecond: number;
  p50Ms: number;
  p99Ms: number;
  errors: number;
  non2xx: number;
}

async function load(url: string): Promise<Load> {
  const result = await autocannon({ url, connections: CONNECTIONS, duration: SECONDS });
  return {
    requestsPerSecond: result.requests.average,
    p50Ms: result.latency.p50,
    p99Ms: result.latency.p99,
    errors: result.errors,
    non2xx: result.non2xx,
  };
}

/** Serves `app.fetch` on a free port, runs the load, closes. */
async function underLoad(
  app: { fetch: (request: Request) => Response | Promise<Response> },
  path: string,
): Promise<Load> {
  const server = await listen(app, { HOST: '127.0.0.1', PORT: '0' });
  try {
    return await load(`${server.url}${path}`);
  } finally {
    await server.close();
  }
}

async function engineRun(
  database: Database,
): Promise<{ bare: Load; summary: Load; bytes: number }> {
  const app = createApp({ db: database.db, engine: database.engine, log: () => undefined });
  const body = await (await app.request(SUMMARY)).text();
  const bare = new Hono().get('/bare', (c) =>
    c.body(body, 200, { 'Content-Type': 'application/json; charset=UTF-8' }),
  );
  // Bare first, then the app: each engine's pair shares the machine's moment.
  const bareLoad = await underLoad(bare, '/bare');
  const summaryLoad = await underLoad(app, SUMMARY);
  return { bare: bareLoad, summary: summaryLoad, bytes: Buffer.byteLength(body) };
}

export async function benchServer(adminUrl: string): Promise<string[]> {
  const pgName = `netzero_bench_server_${process.pid}`;
  await runAdmin(adminUrl, [`CREATE DATABASE ${pgName}`]);
  const dir = await mkdtemp(join(tmpdir(), 'netzero-bench-server-'));
  const lines: string[] = [];
  try {
    for (const open of [
      () => openDatabase({ databaseUrl: databaseUrl(adminUrl, pgName) }),
      () => openDatabase({ dataDir: join(dir, 'pglite') }),
    ]) {
      const database = await open();
      try {
        await migrateToLatest(database.db);
        await seedDataset(database.db, 'kaohsiung');
        console.log(`[${database.engine}] serving the summary under load…`);
        const r = await engineRun(database);
        const ratio = r.summary.requestsPerSecond / r.bare.requestsPerSecond;
        const row = (name: string, l: Load) =>
          `${name.padEnd(22)} ${l.requestsPerSecond.toFixed(0).padStart(7)} req/s  p50 ${String(l.p50Ms).padStart(4)} ms  p99 ${String(l.p99Ms).padStart(4)} ms  errors ${l.errors}  non-2xx ${l.non2xx}`;
        lines.push(
          `${database.engine}: summary JSON ${r.bytes} bytes, ${CONNECTIONS} connections, ${SECONDS} s`,
          row('  bare Hono, static', r.bare),
          row('  summary endpoint', r.summary),
          `  ratio ${(ratio * 100).toFixed(0)} % of bare; goal ≥ 50 %${database.engine === 'postgres' ? ` and p99 ≤ 50 ms: ${ratio >= 0.5 && r.summary.p99Ms <= 50 ? 'MET' : 'MISSED'}` : ''}`,
        );
      } finally {
        await database.close();
      }
    }
  } finally {
    await runAdmin(adminUrl, [dropDatabase(pgName)]);
    await rm(dir, { recursive: true, force: true });
  }
  return lines;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const adminUrl = process.env.BENCH_DATABASE_URL;
  if (!adminUrl) throw new Error('BENCH_DATABASE_URL is not set: run `npm run bench`');
  console.log((await benchServer(adminUrl)).join('\n'));
}
