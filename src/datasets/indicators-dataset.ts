import { packageRoot, type DatasetName } from './datasets.js';

/** The indicators that come with a dataset (data/<name>-indicators.yaml). */
export function indicatorsDatasetPath(name: DatasetName): string {
  return `${packageRoot}data/${name}-indicators.yaml`;
}
