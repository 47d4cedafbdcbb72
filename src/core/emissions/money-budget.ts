import { ZERO, sum, type Decimal } from '../decimal.js';
import { type CostPerTonneReason } from '../vocabulary/lists.js';

/** One line of the net-zero money budget, tagged with an ordinance Art. 7 domain. */
export interface MoneyItem {
  domain: string;
  /** NT$, exact; null when the source gives no amount (never zero: zero is a fact, unknown is not). */
  amountNtd: Decimal | null;
  /** Measures the money pays for, by key (plan/sector/no). */
  measures: readonly string[];
}

export interface DomainTotal {
  domain: string;
  /** Sum of the known amounts. */
  knownNtd: Decimal;
  unknownItems: number;
  /** The domain's total, or null while any item's amount is unknown. */
  totalNtd: Decimal | null;
}

/**
 * Totals by domain in first-seen order, and how the known parts relate to a declared total:
 * `unattributedNtd` is what the declared total holds beyond the known items (Kaohsiung: 275 億
 * declared, 219 億 for transport known, 56 億 not attributed by the source).
 */
export function moneyTotalsByDomain(items: readonly MoneyItem[], declaredTotalNtd: Decimal | null) {
  const domains = new Map<string, DomainTotal>();
  for (const item of items) {
    const d = domains.get(item.domain) ?? {
      domain: item.domain,
      knownNtd: ZERO,
      unknownItems: 0,
      totalNtd: null,
    };
    if (item.amountNtd === null) d.unknownItems += 1;
    else d.knownNtd = d.knownNtd.plus(item.amountNtd);
    domains.set(item.domain, d);
  }
  const list = [...domains.values()].map((d) => ({
    ...d,
    totalNtd: d.unknownItems === 0 ? d.knownNtd : null,
  }));
  const knownNtd = sum(list.map((d) => d.knownNtd));
  return {
    domains: list,
    knownNtd,
    declaredTotalNtd,
    unattributedNtd: declaredTotalNtd === null ? null : declaredTotalNtd.minus(knownNtd),
  };
}

export interface CostPerTonne {
  key: string;
  amountNtd: Decimal | null;
  reductionT: Decimal | null;
  ntdPerT: Decimal | null;
  /** Why there is no figure: an unknown amount, no reduction, or money shared with other measures. */
  reason: CostPerTonneReason | null;
}

/**
 * NT$ per tCO₂e per measure and per domain. A measure's money is the items linked to it alone;
 * an item linked to several measures cannot be split without a rule the sources do not give,
 * so those measures get no figure (`shared_items`), while their domain still counts it.
 */
export function costPerTonne(
  items: readonly MoneyItem[],
  reductionByMeasure: ReadonlyMap<string, Decimal | null>,
): { measures: CostPerTonne[]; domains: CostPerTonne[] } {
  const measureKeys = [...new Set(items.flatMap((i) => i.measures))];
  const measures = measureKeys.map((key) => {
    const linked = items.filter((i) => i.measures.includes(key));
    const shared = linked.some((i) => i.measures.length > 1);
    const amount = linked.some((i) => i.amountNtd === null)
      ? null
      : sum(linked.map((i) => i.amountNtd ?? ZERO));
    return ratio(
      key,
      shared ? null : amount,
      reductionByMeasure.get(key) ?? null,
      shared ? 'shared_items' : null,
    );
  });
  const domains = [...new Set(items.map((i) => i.domain))].map((domain) => {
    const linked = items.filter((i) => i.domain === domain);
    const amount = linked.some((i) => i.amountNtd === null)
      ? null
      : sum(linked.map((i) => i.amountNtd ?? ZERO));
    const keys = [...new Set(linked.flatMap((i) => i.measures))];
    const reductions = keys.map((k) => reductionByMeasure.get(k) ?? null);
    const reduction =
      keys.length === 0 || reductions.some((r) => r === null)
        ? null
        : sum(reductions.map((r) => r ?? ZERO));
    return ratio(domain, amount, reduction, null);
  });
  return { measures, domains };
}

function ratio(
  key: string,
  amountNtd: Decimal | null,
  reductionT: Decimal | null,
  forced: CostPerTonne['reason'],
): CostPerTonne {
  if (forced) return { key, amountNtd, reductionT, ntdPerT: null, reason: forced };
  if (amountNtd === null)
    return { key, amountNtd, reductionT, ntdPerT: null, reason: 'unknown_amount' };
  if (reductionT === null || reductionT.isZero() || reductionT.isNegative())
    return { key, amountNtd, reductionT, ntdPerT: null, reason: 'no_reduction' };
  return { key, amountNtd, reductionT, ntdPerT: amountNtd.dividedBy(reductionT), reason: 'ok' };
}
