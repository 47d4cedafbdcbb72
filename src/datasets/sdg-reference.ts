import { readFile } from 'node:fs/promises';
import { parse as parseYaml } from 'yaml';
import { NetZeroError } from '../core/errors.js';
import { goalOfTarget } from '../core/indicators/sdg.js';
import { citationGaps } from '../contracts/source-document.js';
import { sdgReferenceSchema, type SdgReferenceDocument } from '../contracts/sdg-reference.js';
import { packageRoot } from './datasets.js';

/** The 2030 Agenda has 17 goals and 169 targets: the file must hold exactly those. */
export const SDG_GOAL_COUNT = 17;
export const SDG_TARGET_COUNT = 169;

let cached: Promise<SdgReferenceDocument> | undefined;

/**
 * The SDGs and their targets (data/sdg-targets.yaml), read and checked once per process: shape,
 * every source cited in full, goals 1…17 in order, 169 targets each under its own goal, no code
 * twice. Indicators' goal and target codes are validated against it.
 */
export function loadSdgReference(): Promise<SdgReferenceDocument> {
  cached ??= readSdgReference(`${packageRoot}data/sdg-targets.yaml`);
  return cached;
}

export async function readSdgReference(path: string): Promise<SdgReferenceDocument> {
  const parsed = sdgReferenceSchema.safeParse(parseYaml(await readFile(path, 'utf8')));
  if (!parsed.success)
    throw new NetZeroError('VALIDATION_FAILED', `${path}: ${parsed.error.message}`);
  const reference = parsed.data;
  const problems = [
    ...reference.sources.flatMap((s) => citationGaps(s).map((gap) => `source ${s.code} ${gap}`)),
    ...referenceProblems(reference),
  ];
  if (problems.length > 0)
    throw new NetZeroError('VALIDATION_FAILED', `${path}: ${problems.join('; ')}`);
  return reference;
}

/** What keeps a reference from being the 2030 Agenda's list (wrong counts, misplaced codes). */
export function referenceProblems(reference: SdgReferenceDocument): string[] {
  const problems: string[] = [];
  const numbers = reference.goals.map((g) => g.number);
  if (numbers.join() !== Array.from({ length: SDG_GOAL_COUNT }, (_, i) => i + 1).join())
    problems.push(
      `goals must be 1 to ${String(SDG_GOAL_COUNT)} in order, found ${numbers.join(', ')}`,
    );
  const codes = reference.goals.flatMap((g) => g.targets.map((t) => t.code));
  if (codes.length !== SDG_TARGET_COUNT)
    problems.push(`${String(codes.length)} targets, expected ${String(SDG_TARGET_COUNT)}`);
  if (new Set(codes).size !== codes.length) problems.push('a target code appears twice');
  for (const goal of reference.goals)
    for (const target of goal.targets)
      if (goalOfTarget(target.code) !== goal.number)
        problems.push(`target ${target.code} is listed under goal ${String(goal.number)}`);
  return problems;
}
