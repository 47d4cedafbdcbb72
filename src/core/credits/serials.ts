/**
 * Serial ranges: every credit has a serial number, unique in its city; a run of consecutive
 * serials is written first–last, both ends included.
 */
export interface SerialRange {
  first: number;
  last: number;
}

export const countOf = (range: SerialRange): number => range.last - range.first + 1;

/**
 * The serials to move when `quantity` credits leave a holder: the lowest first, taken from the
 * holder's blocks in serial order (first in, first out), one piece per block so each piece stays
 * inside one project's issuance. Returns null when the blocks hold fewer than `quantity`.
 *
 * @example pickSerials([{ first: 1, last: 10 }, { first: 21, last: 30 }], 12)
 *   // [{ first: 1, last: 10 }, { first: 21, last: 22 }]
 */
export function pickSerials<B extends SerialRange>(
  blocks: readonly B[],
  quantity: number,
): (SerialRange & { block: B })[] | null {
  const pieces: (SerialRange & { block: B })[] = [];
  let left = quantity;
  for (const block of [...blocks].sort((a, b) => a.first - b.first)) {
    if (left === 0) break;
    const take = Math.min(left, countOf(block));
    pieces.push({ first: block.first, last: block.first + take - 1, block });
    left -= take;
  }
  return left === 0 ? pieces : null;
}

/** `000001–001367`: serials as a registry prints them, six digits at least. */
export function formatSerials(range: SerialRange): string {
  const pad = (n: number) => String(n).padStart(6, '0');
  return range.first === range.last ? pad(range.first) : `${pad(range.first)}–${pad(range.last)}`;
}
