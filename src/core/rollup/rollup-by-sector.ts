import { type Decimal, ZERO } from '../decimal.js';
import { progressStatuses, type ProgressStatus } from '../progress/status.js';

export type StatusCounts = Record<ProgressStatus, number>;

/** What a rollup needs of a measure. */
export interface RollupItem {
  sector: string;
  status: ProgressStatus;
  /** null: no reduction reported (not zero). */
  reductionT: Decimal | null;
  uncertaintyT: Decimal;
}

export interface Rollup {
  measures: number;
  status: StatusCounts;
  /** Exact sum of the unrounded reductions. */
  reductionT: Decimal;
  /** How many measures contributed a reduction. */
  reductionCount: number;
  /** ± bound from the rounding of reported inputs. */
  uncertaintyT: Decimal;
}

export function emptyStatusCounts(): StatusCounts {
  return Object.fromEntries(progressStatuses.map((s) => [s, 0])) as StatusCounts;
}

/** Counts and exact totals over any set of measures. */
export function rollup(items: readonly RollupItem[]): Rollup {
  const status = emptyStatusCounts();
  let reductionT = ZERO;
  let uncertaintyT = ZERO;
  let reductionCount = 0;
  for (const item of items) {
    status[item.status] += 1;
    if (item.reductionT) {
      reductionT = reductionT.plus(item.reductionT);
      reductionCount += 1;
    }
    uncertaintyT = uncertaintyT.plus(item.uncertaintyT);
  }
  return { measures: items.length, status, reductionT, reductionCount, uncertaintyT };
}

/**
 * One rollup per sector, in the order given (a sector with no measures still appears, with
 * zeros), and the plan total.
 * @example rollupBySector(['energy'], items).sectors[0].rollup.reductionT
 */
export function rollupBySector(
  sectorOrder: readonly string[],
  items: readonly RollupItem[],
): { sectors: { sector: string; rollup: Rollup }[]; total: Rollup } {
  return {
    sectors: sectorOrder.map((sector) => ({
      sector,
      rollup: rollup(items.filter((i) => i.sector === sector)),
    })),
    total: rollup(items),
  };
}
