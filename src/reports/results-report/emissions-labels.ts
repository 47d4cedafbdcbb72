/** Names of emission categories: inventory sectors, the shares sources give, budget sectors. */
const CATEGORY_LABELS: Record<string, string> = {
  industry: '工業部門',
  residential_commercial: '住商部門',
  transport: '運輸部門',
  ippu: '工業製程及產品使用',
  waste: '廢棄物部門',
  agriculture: '農業部門',
  sinks: '碳匯',
  environment: '環境部門',
  energy: '能源部門',
  manufacturing: '製造部門',
  direct: '直接排放',
  indirect: '間接排放（電力）',
};

/** Shares by scope rather than by sector: shown apart from the sector structure. */
export const SCOPE_CATEGORIES: ReadonlySet<string> = new Set(['direct', 'indirect']);

export const emissionCategoryLabel = (code: string): string => CATEGORY_LABELS[code] ?? code;

/** A carbon budget's approval state (src/core/emissions/carbon-budget.ts BUDGET_STATUSES). */
export const APPROVAL_LABELS: Record<string, string> = {
  draft: '草案',
  committee_reviewed: '已經推動會審議',
  council_approved: '已經市議會審議通過',
};
