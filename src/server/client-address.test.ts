import { Hono } from 'hono';
import { describe, expect, it } from 'vitest';
import { clientAddress, parseTrustedProxy } from './client-address.js';

/** The address app.request() reports for a request with the given X-Forwarded-For. */
async function addressFor(setting: string | undefined, forwarded: string): Promise<string> {
  const app = new Hono();
  app.get('/', (c) => c.text(clientAddress(c, parseTrustedProxy(setting))));
  const res = await app.request('/', { headers: { 'X-Forwarded-For': forwarded } });
  return res.text();
}

describe('client address behind a proxy', () => {
  it('ignores X-Forwarded-For by default', async () => {
    expect(await addressFor(undefined, '203.0.113.9')).toBe('local');
    expect(await addressFor('0', '203.0.113.9')).toBe('local');
  });

  it('takes the address the one trusted proxy appended, not what the client wrote', async () => {
    expect(await addressFor('1', '10.9.9.9, 203.0.113.9')).toBe('203.0.113.9');
    expect(await addressFor('1', 'not-an-address')).toBe('local');
  });

  it('trusts the header only from a listed proxy, skipping listed hops', async () => {
    expect(await addressFor('10.0.0.2', '203.0.113.9')).toBe('local');
    expect(await addressFor('local, 10.0.0.2', '1.2.3.4, 203.0.113.9, 10.0.0.2')).toBe(
      '203.0.113.9',
    );
  });
});
