import { readFile } from 'node:fs/promises';
import { parse as parseYaml } from 'yaml';
import { NetZeroError } from '../core/errors.js';

/** Reads a city document from a .json, .yaml or .yml file, unvalidated. */
export async function readCityFile(path: string): Promise<unknown> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (error) {
    throw new NetZeroError('NOT_FOUND', `cannot read ${path}: ${(error as Error).message}`, [
      { path: 'file', message: 'unreadable' },
    ]);
  }
  const yaml = /\.ya?ml$/i.test(path);
  try {
    return yaml ? parseYaml(text) : JSON.parse(text);
  } catch (error) {
    throw new NetZeroError(
      'VALIDATION_FAILED',
      `${path} is not valid ${yaml ? 'YAML' : 'JSON'}: ${(error as Error).message}`,
      [{ path: 'file', message: 'syntax error' }],
    );
  }
}
