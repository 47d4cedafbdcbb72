/** The encodings this server can send, best first: brotli is ~15 % smaller than gzip on our JS. */
export const encodings = ['br', 'gzip'] as const;
export type Encoding = (typeof encodings)[number];

/**
 * The encodings the client accepts, best first (`Accept-Encoding: gzip, deflate, br;q=0.9`), or
 * none. The highest weight first, brotli before gzip on a tie. A coding with q=0 is refused; `*`
 * accepts any coding not named.
 *
 * @example acceptedEncodings('gzip, br') → ['br', 'gzip']; acceptedEncodings('br;q=0, gzip') → ['gzip']
 */
export function acceptedEncodings(header: string | undefined): Encoding[] {
  if (!header) return [];
  const weights = new Map<string, number>();
  for (const part of header.split(',')) {
    const [name = '', ...params] = part.trim().toLowerCase().split(';');
    const q = params.map((p) => /^\s*q=([\d.]+)\s*$/.exec(p)?.[1]).find(Boolean);
    weights.set(name.trim(), q === undefined ? 1 : Number(q));
  }
  const weightOf = (coding: Encoding) => weights.get(coding) ?? weights.get('*') ?? 0;
  // The client's highest weight wins; on a tie, ours (brotli first).
  return encodings
    .filter((coding) => weightOf(coding) > 0)
    .sort((a, b) => weightOf(b) - weightOf(a));
}

/** The best of acceptedEncodings, or undefined when the client accepts none of ours. */
export function preferredEncoding(header: string | undefined): Encoding | undefined {
  return acceptedEncodings(header)[0];
}
