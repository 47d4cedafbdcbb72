import { fileURLToPath } from 'node:url';
import { NetZeroError } from '../core/errors.js';
import type { CityDocument } from '../contracts/city-document.js';
import { citationGaps } from '../contracts/source-document.js';
import { validateCityDocument } from '../contracts/validate-city-document.js';
import { readCityFile } from './read-city-file.js';

/**
 * The package root, found from this file: src/datasets/ when run from source, dist/datasets/
 * when built — both two levels below the root, where data/ sits.
 */
export const packageRoot = fileURLToPath(new URL('../../', import.meta.url));

/** Reference datasets shipped with the package, in data/<name>.yaml. */
export const datasetNames = ['kaohsiung'] as const;
export type DatasetName = (typeof datasetNames)[number];

export function isDatasetName(name: string): name is DatasetName {
  return (datasetNames as readonly string[]).includes(name);
}

export function datasetPath(name: DatasetName): string {
  return `${packageRoot}data/${name}.yaml`;
}

/**
 * A module's part of a dataset, in data/<name>-<part>.yaml: the committee's meetings
 * (kaohsiung-committee.yaml), the sustainability indicators (kaohsiung-indicators.yaml)…
 */
export function datasetPartPath(name: DatasetName, part: string): string {
  return `${packageRoot}data/${name}-${part}.yaml`;
}

/** The registries that come with a dataset (data/<name>-registries/): one file per kind. */
export function registriesDatasetFolder(name: DatasetName): string {
  return `${packageRoot}data/${name}-registries`;
}

/** The offset projects that come with a dataset (data/<name>-credits.yaml). */
export function creditsDatasetPath(name: DatasetName): string {
  return `${packageRoot}data/${name}-credits.yaml`;
}

/** A shipped dataset, read and validated (units, periods and codes in canonical form). */
export async function loadDataset(name: string): Promise<CityDocument> {
  if (!isDatasetName(name)) {
    throw new NetZeroError(
      'NOT_FOUND',
      `unknown dataset "${name}"; available: ${datasetNames.join(', ')}`,
      [{ path: 'dataset', message: 'unknown' }],
    );
  }
  const doc = validateCityDocument(await readCityFile(datasetPath(name)));
  requireFullCitations(doc, name);
  return doc;
}

/**
 * A dataset we ship cites every source as a publication (publisher, title, date, where to find
 * it), so the pages built on it can; documents that others import may be less complete.
 */
function requireFullCitations(doc: CityDocument, name: string): void {
  const issues = doc.sources.flatMap((source, i) =>
    citationGaps(source).map((message) => ({ path: `sources[${String(i)}]`, message })),
  );
  if (issues.length > 0)
    throw new NetZeroError(
      'VALIDATION_FAILED',
      `dataset "${name}" cites sources incompletely: ${issues.map((x) => `${x.path} ${x.message}`).join('; ')}`,
      issues,
    );
}
