import { describe, expect, it } from 'vitest';
import { acceptedEncodings, preferredEncoding } from './accept-encoding.js';

describe('acceptedEncodings', () => {
  it('prefers brotli to gzip when the client weighs them the same', () => {
    expect(acceptedEncodings('gzip, deflate, br, zstd')).toEqual(['br', 'gzip']);
  });

  it('follows the client weights and refuses a coding at q=0', () => {
    expect(acceptedEncodings('br;q=0.5, gzip')).toEqual(['gzip', 'br']);
    expect(acceptedEncodings('br;q=0, gzip')).toEqual(['gzip']);
    expect(acceptedEncodings('*;q=0.1, br;q=0')).toEqual(['gzip']);
  });

  it('accepts nothing without a header or with only codings we do not send', () => {
    expect(preferredEncoding(undefined)).toBeUndefined();
    expect(preferredEncoding('identity')).toBeUndefined();
    expect(preferredEncoding('deflate')).toBeUndefined();
  });
});
