import { expect, it } from 'vitest';
import { PublicCache } from './summary-cache.js';

it('computes a key once for concurrent callers, until invalidated or expired', async () => {
  let t = 0;
  let computed = 0;
  const cache = new PublicCache(1000, 10, () => t);
  const compute = () => Promise.resolve(++computed);
  expect(await Promise.all([cache.get('k', 'a', compute), cache.get('k', 'a', compute)])).toEqual([
    1, 1,
  ]);
  cache.invalidateCity('other');
  expect(await cache.get('k', 'a', compute)).toBe(1);
  cache.invalidateCity('k');
  expect(await cache.get('k', 'a', compute)).toBe(2);
  t = 1000;
  expect(await cache.get('k', 'a', compute)).toBe(3);
});

it('does not remember a failure', async () => {
  const cache = new PublicCache();
  await expect(cache.get('k', 'a', () => Promise.reject(new Error('db down')))).rejects.toThrow(
    'db down',
  );
  expect(await cache.get('k', 'a', () => Promise.resolve('ok'))).toBe('ok');
});
