import { Decimal } from '../../core/decimal.js';
import type { IsoDate } from '../../core/dates.js';
import { formatRocDate } from '../../core/roc-date.js';
import { formatWanTonnes as wan } from '../../core/format/tonnes.js';
import type { EmissionsChapter } from './model.js';

const ref = (no: number | null) => (no === null ? '' : `〔${String(no)}〕`);
const pct = (p: string) => `${new Decimal(p).abs().toFixed()}%`;

/**
 * Chapter 1's sentences, every figure computed in emissions-status.ts and followed by the number
 * of its source (〔1〕), listed under the chapter.
 */
export function emissionsParagraphs(
  e: Omit<EmissionsChapter, 'paragraphs' | 'sources'>,
  asOf: IsoDate,
): string[] {
  const paragraphs: string[] = [];
  const { baseline, latest, change } = e;
  if (baseline && latest && change) {
    const fall = new Decimal(change.t).isNegative();
    paragraphs.push(
      `截至 ${formatRocDate(asOf)}，本市已結束年度之最新溫室氣體淨排放量為 ${String(latest.year)} 年 ` +
        `${wan(latest.valueT)} 萬公噸 CO₂e${ref(latest.source)}，相較 ${String(baseline.year)} 年基準年 ` +
        `${wan(baseline.valueT)} 萬公噸 CO₂e${ref(baseline.source)}${fall ? '減少' : '增加'} ` +
        `${pct(change.percent)}（${fall ? '減量' : '增量'} ${wan(new Decimal(change.t).abs().toFixed())} 萬公噸）。`,
    );
  } else if (baseline) {
    paragraphs.push(
      `本市 ${String(baseline.year)} 年溫室氣體淨排放量為 ${wan(baseline.valueT)} 萬公噸 CO₂e${ref(baseline.source)}。`,
    );
  } else {
    paragraphs.push(`截至 ${formatRocDate(asOf)}，本市尚無已結束年度之溫室氣體排放量資料。`);
  }
  if (e.targets.length > 0)
    paragraphs.push(
      '本市減量目標：' +
        e.targets
          .map((t) =>
            t.kind === 'net_zero'
              ? `${t.label}${ref(t.source)}`
              : `${t.label}，即淨排放量不超過 ${wan(t.valueT)} 萬公噸 CO₂e${ref(t.source)}`,
          )
          .join('；') +
        '。',
    );
  if (e.gap) {
    const above = new Decimal(e.gap.gapT).isPositive() && !new Decimal(e.gap.gapT).isZero();
    const size = `${wan(new Decimal(e.gap.gapT).abs().toFixed())} 萬公噸${e.gap.gapPercent === null ? '' : `（${pct(e.gap.gapPercent)}）`}`;
    paragraphs.push(
      `依基準年至各目標年之減量路徑，${String(e.gap.year)} 年淨排放量應為 ${wan(e.gap.pathwayT)} 萬公噸 CO₂e；` +
        `實際 ${wan(e.gap.actualT)} 萬公噸，` +
        (new Decimal(e.gap.gapT).isZero()
          ? '恰在路徑上。'
          : `${above ? '高於' : '低於'}路徑 ${size}${above ? '，尚待加速減量' : ''}。`),
    );
  }
  if (e.shares) {
    const list = (items: { label: string; percent: string }[]) =>
      items.map((s) => `${s.label}約占 ${s.percent}%`).join('、');
    const parts = [e.shares.sectors, e.shares.scopes].filter((l) => l.length > 0).map(list);
    if (parts.length > 0)
      paragraphs.push(
        `${String(e.shares.year)} 年排放結構${e.shares.origin === 'inventory' ? '（依盤查計算，不含碳匯）' : ''}：` +
          `${parts.join('；')}${ref(e.shares.source)}。`,
      );
  }
  const b = e.carbonBudget;
  if (b) {
    const cap =
      b.capBasis === 'annual'
        ? `每年排放上限 ${wan(b.capT)} 萬公噸 CO₂e（${String(b.startYear)}–${String(b.endYear)} 年合計 ${wan(b.periodCapT)} 萬公噸）`
        : `期間排放上限 ${wan(b.capT)} 萬公噸 CO₂e`;
    const allocation =
      b.allocations.length === 0
        ? '尚未分配至各部門'
        : `分配：${b.allocations.map((a) => `${a.label} ${wan(a.capT)} 萬公噸`).join('、')}（期間合計）`;
    const approved =
      b.approvedOn === null
        ? b.approvalLabel
        : `${b.approvalLabel}（${b.approvedBy ?? ''} ${formatRocDate(b.approvedOn)}${b.approvedOn > asOf ? '，於資料截止日後' : ''}）`;
    paragraphs.push(
      `碳預算：${b.name ?? b.code}（${String(b.startYear)}–${String(b.endYear)} 年）${cap}${ref(b.source)}；` +
        `${allocation}；審議狀態：${approved}。`,
    );
  }
  return paragraphs;
}
