import { describe, expect, it } from 'vitest';
import { Decimal } from '../decimal.js';
import { toWanTonnesText } from '../format/tonnes.js';
import { displayedWanAsTonnes } from './display.js';
import { reconcileTotal } from './reconcile.js';
import { rollupBySector } from './rollup-by-sector.js';

const t = (v: string) => new Decimal(v);

describe('rollupBySector', () => {
  const items = [
    {
      sector: 'energy',
      status: 'achieved' as const,
      reductionT: t('535200'),
      uncertaintyT: t('50'),
    },
    { sector: 'energy', status: 'observation' as const, reductionT: null, uncertaintyT: t('0') },
    {
      sector: 'transport',
      status: 'lagging' as const,
      reductionT: t('0.004'),
      uncertaintyT: t('0'),
    },
    {
      sector: 'transport',
      status: 'lagging' as const,
      reductionT: t('0.004'),
      uncertaintyT: t('0'),
    },
  ];

  it('counts measures and statuses per sector, keeping empty sectors in order', () => {
    const { sectors } = rollupBySector(['energy', 'manufacturing', 'transport'], items);
    expect(sectors.map((s) => [s.sector, s.rollup.measures])).toEqual([
      ['energy', 2],
      ['manufacturing', 0],
      ['transport', 2],
    ]);
    expect(sectors[0]?.rollup.status).toEqual({
      achieved: 1,
      on_track: 0,
      lagging: 0,
      no_data: 0,
      observation: 1,
    });
    expect(sectors[0]?.rollup.reductionCount).toBe(1);
  });

  it('adds unrounded values: two 0.004 t rows make 0.008 t, not 0.00 + 0.00', () => {
    const { total, sectors } = rollupBySector(['energy', 'transport'], items);
    expect(sectors[1]?.rollup.reductionT.toFixed()).toBe('0.008');
    expect(total.reductionT.toFixed()).toBe('535200.008');
    expect(total.uncertaintyT.toFixed()).toBe('50');
  });
});

describe('display in 萬公噸', () => {
  it('shows two decimals rounded half up', () => {
    expect(toWanTonnesText(t('535200'))).toBe('53.52');
    expect(toWanTonnesText(t('50'))).toBe('0.01');
    expect(toWanTonnesText(t('49.99'))).toBe('0.00');
    expect(displayedWanAsTonnes(t('4647349')).toFixed()).toBe('4647300');
  });
});

describe('reconcileTotal', () => {
  it("explains Kaohsiung's printed 464.74 against rows that add to 464.73 as rounding", () => {
    const rows = Array.from({ length: 41 }, () => t('100'));
    rows.push(t('4643200')); // any rows adding to 4,647,300 t
    const r = reconcileTotal(t('4647400'), rows, t('2100'), t('100'));
    expect(r.differenceT.toFixed()).toBe('100');
    expect(r.withinRounding).toBe(true);
    expect(r.explanation.zh).toContain('464.74');
    expect(r.explanation.zh).toContain('464.73');
    expect(r.explanation.en).toContain('rounding');
  });

  it('flags a difference larger than rounding can explain', () => {
    const r = reconcileTotal(t('10000'), [t('5000')], t('50'), t('100'));
    expect(r.withinRounding).toBe(false);
    expect(r.explanation.en).toContain('check the source');
  });
});
