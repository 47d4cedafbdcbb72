import { zhTW } from '../../core/catalog/zh-TW.js';
import { scopeShareCategories } from '../../core/vocabulary/lists.js';

/** Shares by scope rather than by sector: shown apart from the sector structure. */
export const SCOPE_CATEGORIES: ReadonlySet<string> = new Set(scopeShareCategories);

/** Names of emission categories (inventory sectors, the shares sources give, budget sectors). */
export const emissionCategoryLabel = (code: string): string =>
  (zhTW.emissionCategory as Record<string, string>)[code] ?? code;

/** A carbon budget's approval state, as the report prints it. */
export const APPROVAL_LABELS: Record<string, string> = zhTW.approval;
