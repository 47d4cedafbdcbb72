import { fileURLToPath } from 'node:url';
import { NetZeroError } from '../core/errors.js';
import type { CityDocument } from '../contracts/city-document.js';
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

/** A shipped dataset, read and validated (units, periods and codes in canonical form). */
export async function loadDataset(name: string): Promise<CityDocument> {
  if (!isDatasetName(name)) {
    throw new NetZeroError(
      'NOT_FOUND',
      `unknown dataset "${name}"; available: ${datasetNames.join(', ')}`,
      [{ path: 'dataset', message: 'unknown' }],
    );
  }
  return validateCityDocument(await readCityFile(datasetPath(name)));
}
