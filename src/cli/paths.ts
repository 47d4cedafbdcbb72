import { fileURLToPath } from 'node:url';

/**
 * The package root, found from this file: src/cli/ when run by vitest, dist/cli/ when built —
 * both two levels below the root.
 */
export const packageRoot = fileURLToPath(new URL('../../', import.meta.url));

/** Reference datasets shipped with the package. */
export function datasetPath(name: string): string {
  return `${packageRoot}data/${name}.yaml`;
}
