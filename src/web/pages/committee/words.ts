import type { Catalog, CatalogKey } from '../../../core/catalog/catalog.js';
import type { Translate } from '../../i18n/i18n.js';

/**
 * A select's options for a closed committee list (meeting kinds, comment channels …), labelled
 * by the catalog in the reader's language.
 * @example labelledOptions(t, 'meetingKind', meetingKinds) // [{ value: 'plenary', label: '大會' }, …]
 */
export function labelledOptions<
  Group extends keyof Catalog,
  Code extends keyof Catalog[Group] & string,
>(t: Translate, group: Group, codes: readonly Code[]): { value: Code; label: string }[] {
  return codes.map((code) => ({ value: code, label: t(`${group}.${code}` as CatalogKey) }));
}

/** A select's options for a meeting's agenda items: `1. 綜合討論`. */
export function itemOptions(items: readonly { number: number; title: string }[]) {
  return items.map((item) => ({
    value: String(item.number),
    label: `${item.number}. ${item.title}`,
  }));
}

// Card tables are every page's: the helper lives with the component.
export { cardColumns } from '../../components/CardTable.js';
