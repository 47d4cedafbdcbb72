import { readFile } from 'node:fs/promises';
import { basename } from 'node:path';
import { formatRocPeriod, formatRocYear } from '../../core/roc-date.js';
import type { RegistryDefinition } from '../../core/registries/definition.js';
import { fieldOf } from '../../core/registries/definition.js';
import { resolveCity } from '../../db/emissions/resolve-city.js';
import { compareRegistryFeed, type RegistryFeedReport } from '../../db/registries/feeds.js';
import { getRegistryKind, listRegistryKinds } from '../../db/registries/kinds.js';
import {
  countRegistryCases,
  summarizeRegistry,
  type SummaryRow,
} from '../../db/registries/list-cases.js';
import { loadRegistryFile } from '../../db/registries/seed-registries.js';
import { readCityFile } from '../../datasets/read-city-file.js';
import { operand, usage } from '../args.js';
import { withDatabase } from '../database.js';
import type { Flags } from '../declare.js';
import type { CliIo } from '../io.js';
import { withProgress } from '../progress.js';
import { jsonText } from '../json-output.js';
import { renderTable } from '../text-table.js';
import { cliActor } from './cli-actor.js';

/*
 * `netzero registry list|show|import|define`: a city's registries (登錄清冊), one registry's
 * summaries and the figures it feeds, an agency's spreadsheet imported, a kind defined from a
 * file. --city may be left out when there is only one city.
 */

type ReadFlags = Flags<{ city: 'string'; json: 'boolean' }>;

const unitOf = (d: RegistryDefinition) =>
  d.tally.kind === 'sum' ? (fieldOf(d, d.tally.field).unit ?? '') : '件';

export async function registryList({ values }: ReadFlags, io: CliIo): Promise<number> {
  const { kinds, counts } = await withDatabase(io, async (db) => {
    const city = await resolveCity(db, values.city);
    const [kinds, counts] = await Promise.all([
      listRegistryKinds(db, city),
      countRegistryCases(db, city),
    ]);
    return { kinds, counts };
  });
  if (values.json) {
    const listed = kinds.map((d) => ({ ...d, cases: counts.get(d.code) ?? 0 }));
    io.out(jsonText(listed));
    return 0;
  }
  const rows = kinds.map((d) => [
    d.code,
    d.name.zh,
    d.agency,
    String(counts.get(d.code) ?? 0),
    d.tally.kind === 'sum' ? `Σ ${d.tally.field} (${unitOf(d)})` : 'count',
    d.feeds ? `${d.feeds.sector} ${String(d.feeds.measure)} ${d.feeds.indicator}` : '',
  ]);
  if (rows.length === 0) io.out('No registries yet: netzero registry define <file.yaml>');
  else io.out(renderTable([['kind', '名稱', 'agency', 'cases', 'tally', 'feeds'], ...rows]));
  return 0;
}

const summaryTable = (
  title: string,
  rows: readonly SummaryRow[],
  label: (r: SummaryRow) => string,
) =>
  `${title}\n${renderTable(
    [['', '件數', '合計'], ...rows.map((r) => [label(r), String(r.cases), r.amount ?? ''])],
    [false, true, true],
  )}`;

type ShowFlags = Flags<{ city: 'string'; district: 'string'; year: 'string'; json: 'boolean' }>;

export async function registryShow({ values, positionals }: ShowFlags, io: CliIo): Promise<number> {
  const kind = operand(positionals);
  const year = values.year === undefined ? undefined : Number(values.year);
  // The API's bounds: a year past the column's range would otherwise fail inside the database.
  if (year !== undefined && !(Number.isInteger(year) && year >= 1900 && year <= 2200))
    throw usage('--year is a year from 1900 to 2200, e.g. 2023');
  const shown = await withDatabase(io, async (db) => {
    const city = await resolveCity(db, values.city);
    const definition = await getRegistryKind(db, city, kind);
    const summary = await summarizeRegistry(db, city, kind, definition.groupBy ?? [], {
      ...(values.district === undefined ? {} : { district: values.district }),
      ...(year === undefined ? {} : { year }),
    });
    const feed = definition.feeds
      ? await compareRegistryFeed(db, city, { ...definition, feeds: definition.feeds })
      : null;
    return { definition, summary, feed };
  });
  io.out(values.json ? jsonText(shown) : describeRegistry(shown));
  return 0;
}

function describeRegistry({
  definition,
  summary,
  feed,
}: {
  definition: RegistryDefinition;
  summary: Awaited<ReturnType<typeof summarizeRegistry>>;
  feed: RegistryFeedReport | null;
}): string {
  const parts = [
    `${definition.name.zh} (${definition.name.en}) — ${definition.agency}, v${String(definition.version)}`,
    `合計 ${String(summary.total.cases)} 件${summary.total.amount ? `，${summary.total.amount} ${unitOf(definition)}` : ''}`,
    summaryTable('依年度', summary.byYear, (r) => formatRocYear(Number(r.key))),
    summaryTable('依行政區', summary.byDistrict, (r) => String(r.key ?? '（未填）')),
    ...summary.byField.map((f) =>
      summaryTable(`依${fieldOf(definition, f.field).label.zh}`, f.rows, (r) => {
        const choice = fieldOf(definition, f.field).choices?.find((c) => c.code === r.key);
        return choice?.label.zh ?? String(r.key ?? '（未填）');
      }),
    ),
  ];
  if (definition.feeds && feed) {
    const c = feed.comparison;
    if (!c) parts.push(`Feeds ${definition.feeds.indicator}: no such indicator in the plan.`);
    else {
      const figures = [...c.figures, ...(c.toDate ? [c.toDate] : [])];
      parts.push(
        `公布值與清冊計算值 (${c.unit})\n${renderTable(
          [
            ['期間', '公布', '清冊', '差', '說明'],
            ...figures.map((f) => [
              formatRocPeriod(f.period),
              f.published.toFixed(),
              f.computed.toFixed(),
              f.difference.toFixed(),
              f.explanation.zh,
            ]),
          ],
          [false, true, true, true, false],
        )}`,
      );
      if (definition.feeds.note) parts.push(definition.feeds.note.zh);
    }
  }
  return parts.join('\n\n');
}

export async function registryImport(
  { values, positionals }: Flags<{ city: 'string'; mapping: 'string' }>,
  io: CliIo,
): Promise<number> {
  const [kind, file] = [operand(positionals, 0), operand(positionals, 1)];
  const mapping = values.mapping === undefined ? undefined : await readCityFile(values.mapping);
  const { importRegistryFile } =
    await import('../../reports/registry-import/import-registry-file.js');
  const { registryImportQuery } = await import('../../contracts/api/registries.js');
  const query = registryImportQuery.parse({
    filename: basename(file),
    ...(mapping === undefined ? {} : { mapping: JSON.stringify(mapping) }),
  });
  const bytes = await readFile(file);
  const outcome = await withProgress(io, 'registry import', (progress) => {
    progress.step(`checking ${basename(file)} cell by cell`);
    return withDatabase(io, async (db) =>
      importRegistryFile(db, {
        city: await resolveCity(db, values.city),
        kind,
        bytes,
        filename: query.filename,
        ...(query.mapping ? { mapping: query.mapping } : {}),
        actor: cliActor(io),
      }),
    );
  });
  io.out(
    `Imported ${basename(file)} into ${kind}: ${String(outcome.created)} new, ${String(outcome.updated)} changed, ${String(outcome.unchanged)} unchanged.`,
  );
  return 0;
}

export async function registryDefine(
  { values, positionals }: Flags<{ city: 'string' }>,
  io: CliIo,
): Promise<number> {
  const file = operand(positionals);
  const loaded = await withDatabase(io, async (db) =>
    loadRegistryFile(db, await resolveCity(db, values.city), file, cliActor(io)),
  );
  io.out(
    `Registry ${loaded.kind}: definition ${loaded.definition}; cases ${String(loaded.cases.created)} new, ${String(loaded.cases.updated)} changed, ${String(loaded.cases.unchanged)} unchanged.`,
  );
  return 0;
}
