import { describe, expect, it } from 'vitest';
import { loadSdgReference, referenceProblems } from './sdg-reference.js';

describe('the SDG reference data', () => {
  it('holds the 17 goals and 169 targets, each in both languages', async () => {
    const reference = await loadSdgReference();
    expect(reference.goals).toHaveLength(17);
    expect(reference.goals.flatMap((g) => g.targets)).toHaveLength(169);
    const goal7 = reference.goals[6];
    expect(goal7?.targets.map((t) => t.code)).toEqual(['7.1', '7.2', '7.3', '7.a', '7.b']);
    expect(goal7?.targets[1]?.title).toEqual({
      zh: '到2030年,大幅增加可再生能源在全球能源結構中的比例',
      en: 'By 2030, increase substantially the share of renewable energy in the global energy mix',
    });
  });

  it('orders targets as the UN numbers them (16.9, 16.10, 16.a) and cites the resolution', async () => {
    const reference = await loadSdgReference();
    expect(reference.goals[15]?.targets.map((t) => t.code).slice(8)).toEqual([
      '16.9',
      '16.10',
      '16.a',
      '16.b',
    ]);
    expect(reference.sources[0]).toMatchObject({
      documentNumber: 'A/RES/70/1',
      publisher: 'United Nations General Assembly',
      date: '2015-10-21',
    });
  });

  it('has Traditional characters only where the UN text had simplified ones', async () => {
    const zh = (await loadSdgReference()).goals.flatMap((g) => [
      g.title.zh,
      ...g.targets.map((t) => t.title.zh),
    ]);
    // Characters that exist only in simplified writing, one per common conversion.
    expect(zh.join('').match(/[们发这为国际设备经济贫饥饿]/gu)).toBeNull();
  });

  it('names a misplaced target and a missing one', async () => {
    const reference = await loadSdgReference();
    const [first, ...rest] = reference.goals;
    const [target] = first?.targets ?? [];
    if (!first || !target) throw new Error('no goals');
    const moved = { ...first, targets: [{ ...target, code: '2.9' }, ...first.targets.slice(2)] };
    expect(referenceProblems({ ...reference, goals: [moved, ...rest] })).toEqual([
      '168 targets, expected 169',
      'target 2.9 is listed under goal 1',
    ]);
  });
});
