import type { Decimal } from '../core/decimal.js';
import type { InventoryTotals } from '../core/emissions/inventory.js';
import { getSubsector } from '../core/emissions/sectors.js';
import { csvLine } from './csv.js';

const GPC_COLUMNS = [
  'year',
  'gwp_set',
  'gpc_ref',
  'sector',
  'subsector',
  'subsector_zh',
  'scope',
  'gas',
  'tco2e',
  'notation_key',
];

/**
 * A GPC-style listing: one row per GPC reference number, scope and gas, with tCO₂e, then the
 * gross, sinks and net totals. Notation-key entries keep their key instead of a number.
 * `format` writes the tonnes (exact by default).
 */
export function formatGpcCsv(
  inventories: readonly InventoryTotals[],
  format: (t: Decimal) => string = (t) => t.toFixed(),
): string {
  const lines = [csvLine(GPC_COLUMNS)];
  for (const inv of inventories) {
    const rows = new Map<
      string,
      {
        sector: string;
        subsector: string;
        scope: number;
        gas: string;
        t: Decimal | null;
        key: string;
      }
    >();
    for (const e of inv.entries) {
      const gas = e.gas ?? 'CO2e';
      const id = `${e.gpc}|${gas}`;
      const row = rows.get(id);
      if (row) {
        row.t =
          row.t === null ? e.tonnesCO2e : e.tonnesCO2e === null ? row.t : row.t.plus(e.tonnesCO2e);
        row.key ||= e.notation ?? '';
      } else
        rows.set(id, {
          sector: e.sector,
          subsector: e.subsector,
          scope: e.scope,
          gas,
          t: e.tonnesCO2e,
          key: e.notation ?? '',
        });
    }
    const sorted = [...rows.entries()].sort(([a], [b]) =>
      a.localeCompare(b, 'en', { numeric: true }),
    );
    for (const [id, r] of sorted)
      lines.push(
        csvLine([
          String(inv.year),
          inv.gwpSet,
          id.split('|')[0] ?? '',
          r.sector,
          r.subsector,
          getSubsector(r.subsector, 'subsector').zh,
          String(r.scope),
          r.gas,
          r.t === null ? '' : format(r.t),
          r.t === null ? r.key : '',
        ]),
      );
    for (const [label, t] of [
      ['gross', inv.grossT],
      ['sinks', inv.sinksT],
      ['net', inv.netT],
    ] as const)
      lines.push(
        csvLine([String(inv.year), inv.gwpSet, 'TOTAL', label, '', '', '', '', format(t), '']),
      );
  }
  return `${lines.join('\n')}\n`;
}
