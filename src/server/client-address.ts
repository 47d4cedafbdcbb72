import { isIP } from 'node:net';
import { getConnInfo } from '@hono/node-server/conninfo';
import type { Context } from 'hono';

/**
 * Which peers may name the client in X-Forwarded-For: none (the default: the header is
 * anyone's to forge), any one proxy in front (`NETZERO_TRUSTED_PROXY=1`), or the listed proxy
 * addresses (`NETZERO_TRUSTED_PROXY=10.0.0.2,10.0.0.3`).
 */
export type TrustedProxy = 'none' | 'one-hop' | ReadonlySet<string>;

export function parseTrustedProxy(setting: string | undefined): TrustedProxy {
  const value = setting?.trim() ?? '';
  if (value === '' || value === '0') return 'none';
  if (value === '1') return 'one-hop';
  return new Set(
    value
      .split(',')
      .map((a) => a.trim())
      .filter(Boolean),
  );
}

/** The socket's address; 'local' when there is none (app.request() in tests). */
function socketAddress(c: Context): string {
  try {
    return getConnInfo(c).remote.address ?? 'local';
  } catch {
    return 'local';
  }
}

/**
 * The client's address: the socket's, or, behind a trusted proxy, the nearest address in
 * X-Forwarded-For that is not itself a trusted proxy (read from the right: entries further
 * left were written by the client and prove nothing).
 */
export function clientAddress(c: Context, trust: TrustedProxy = 'none'): string {
  const socket = socketAddress(c);
  if (trust === 'none') return socket;
  if (trust !== 'one-hop' && !trust.has(socket)) return socket;
  // Anything but an IP address is no address (a proxy writes addresses; the rest is forged).
  const forwarded = (c.req.header('X-Forwarded-For') ?? '')
    .split(',')
    .map((a) => a.trim())
    .filter((a) => isIP(a) !== 0);
  if (trust === 'one-hop') return forwarded.at(-1) ?? socket;
  return forwarded.findLast((a) => !trust.has(a)) ?? forwarded[0] ?? socket;
}
