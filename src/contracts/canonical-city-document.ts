import type { CityDocument } from './city-document.js';

const DECIMAL_KEYS = new Set([
  'value',
  'valueT',
  'quantity',
  'percent',
  'step',
  'resolutionT',
  'goalReductionT',
  'totalReductionT',
  'capT',
  'mass',
  'activity',
  'amountNtd',
  'totalNtd',
  'reductionPercent',
]);

/**
 * Puts a validated document in the one form the database gives back, so that export after
 * import returns exactly what was imported: measures in the plan's sector order then by number,
 * schedule points by year, indicators' targets and values by year, no empty `notes`, and no negative zero ("-0" is stored as 0).
 */
export function canonicaliseCityDocument(doc: CityDocument): CityDocument {
  for (const plan of doc.plans) {
    const sectorOrder = new Map(plan.sectors.map((s, i) => [s.code, i]));
    plan.measures.sort(
      (a, b) => (sectorOrder.get(a.sector) ?? 0) - (sectorOrder.get(b.sector) ?? 0) || a.no - b.no,
    );
    for (const measure of plan.measures)
      for (const indicator of measure.indicators)
        if (indicator.target.kind === 'schedule') indicator.target.points.sort(byYear);
  }
  // Sustainability indicators (issue 15): targets and values by year (the versions are already
  // in order: validation refuses a history out of order).
  for (const indicator of doc.indicators ?? []) {
    for (const version of indicator.versions) version.targets.sort(byYear);
    indicator.values.sort(byYear);
  }
  tidy(doc);
  return doc;
}

const byYear = (a: { year: number }, b: { year: number }) => a.year - b.year;

/** Drops empty notes and writes negative zeros as zero, everywhere in the document. */
function tidy(node: unknown): void {
  if (Array.isArray(node)) {
    node.forEach(tidy);
    return;
  }
  if (node === null || typeof node !== 'object') return;
  const record = node as Record<string, unknown>;
  for (const [key, value] of Object.entries(record)) {
    if (key === 'notes' && Array.isArray(value) && value.length === 0) delete record.notes;
    else if (DECIMAL_KEYS.has(key) && typeof value === 'string' && /^-0(\.0+)?$/.test(value))
      record[key] = value.slice(1);
    else tidy(value);
  }
  if (record.sectorReductionT && typeof record.sectorReductionT === 'object') {
    const sectors = record.sectorReductionT as Record<string, unknown>;
    for (const [sector, value] of Object.entries(sectors))
      if (typeof value === 'string' && /^-0(\.0+)?$/.test(value)) sectors[sector] = value.slice(1);
  }
}
