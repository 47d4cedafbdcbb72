import { NetZeroError, type Issue } from '../errors.js';

/** Words in both languages, as the reference data gives them. */
export interface Bilingual {
  zh: string;
  en: string;
}

/** The 17 goals and 169 targets with the UN's codes (data/sdg-targets.yaml). */
export interface SdgReference {
  goals: readonly {
    number: number;
    title: Bilingual;
    targets: readonly { code: string; title: Bilingual }[];
  }[];
}

/** An indicator's tie to the SDGs: a whole goal (`target` null) or one of its targets. */
export interface SdgLink {
  goal: number;
  target: string | null;
}

/**
 * The goal a target code belongs to: the number before the dot (7.2 → 7, 11.b → 11).
 * @example goalOfTarget('11.b') // 11
 */
export function goalOfTarget(code: string): number {
  return Number(code.split('.')[0]);
}

/**
 * An indicator's links, in the order given: each goal named as a whole (`target` null), then each
 * target with its goal. Refuses a goal or target code the reference does not have (7.9, 18) and
 * a code named twice, naming the field, so a typo never passes as an SDG.
 * @example sdgLinks([12], ['11.6'], reference, 'versions[0]')
 *   // [{ goal: 12, target: null }, { goal: 11, target: '11.6' }]
 */
export function sdgLinks(
  goals: readonly number[],
  targets: readonly string[],
  reference: SdgReference,
  path: string,
): SdgLink[] {
  const known = new Map(
    reference.goals.map((g) => [g.number, new Set(g.targets.map((t) => t.code))]),
  );
  const issues: Issue[] = [];
  const once = new Set<string>();
  const twice = (key: string, at: string) => {
    if (once.has(key)) issues.push({ path: at, message: `${key} is named twice` });
    once.add(key);
  };
  goals.forEach((goal, i) => {
    const at = `${path}.sdgGoals[${String(i)}]`;
    twice(`SDG ${String(goal)}`, at);
    if (!known.has(goal))
      issues.push({
        path: at,
        message: `SDG ${String(goal)} does not exist (goals are 1 to ${String(known.size)})`,
      });
  });
  targets.forEach((code, i) => {
    const at = `${path}.sdgTargets[${String(i)}]`;
    twice(`SDG target ${code}`, at);
    if (!known.get(goalOfTarget(code))?.has(code))
      issues.push({ path: at, message: `SDG target ${code} does not exist in the 2030 Agenda` });
  });
  if (issues.length > 0)
    throw new NetZeroError(
      'VALIDATION_FAILED',
      issues.map((x) => `${x.path}: ${x.message}`).join('; '),
      issues,
    );
  return [
    ...goals.map((goal) => ({ goal, target: null })),
    ...targets.map((code) => ({ goal: goalOfTarget(code), target: code })),
  ];
}

/** 1.2 before 1.10 before 1.a; a whole goal (null) first. */
export function compareTargetCodes(a: string | null, b: string | null): number {
  if (a === b) return 0;
  if (a === null) return -1;
  if (b === null) return 1;
  const rank = (code: string) => {
    const [, part = ''] = code.split('.');
    return /^\d+$/.test(part) ? Number(part) : 1000 + part.charCodeAt(0);
  };
  return goalOfTarget(a) - goalOfTarget(b) || rank(a) - rank(b);
}
