import { serve, type ServerType } from '@hono/node-server';
import type { Hono } from 'hono';
import type { AppEnv } from './context.js';

export interface Listening {
  url: string;
  close(): Promise<void>;
}

/** Serves the app on HOST:PORT (default 127.0.0.1:3000) and resolves once it listens. */
export function listen(
  app: Hono<AppEnv>,
  env: Readonly<Record<string, string | undefined>> = process.env,
): Promise<Listening> {
  const hostname = env.HOST ?? '127.0.0.1';
  const port = Number(env.PORT ?? '3000');
  if (!Number.isInteger(port) || port < 0 || port > 65535)
    throw new Error(`PORT must be 0…65535, not "${env.PORT}"`);
  return new Promise((resolveListening) => {
    const server: ServerType = serve({ fetch: app.fetch, hostname, port }, (info) => {
      resolveListening({
        url: `http://${hostname.includes(':') ? `[${hostname}]` : hostname}:${info.port}`,
        close: () =>
          new Promise<void>((done, fail) => {
            server.close((error) => (error ? fail(error) : done()));
          }),
      });
    });
  });
}
