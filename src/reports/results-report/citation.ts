import { formatRocPublicationDate } from '../../core/publication-date.js';

/** A source as the database records it, for citing in the report. */
export interface SourceFacts {
  title: string;
  publisher: string | null;
  /** 2023, 2023-11 or 2023-11-20. */
  date: string | null;
  dateUnknown?: boolean;
  url?: string | null;
  documentNumber?: string | null;
  urlUnknown?: boolean;
}

/**
 * The source as the report's 資料來源 list prints it: publisher — title — date — web address,
 * with a document number where there is no address, and 日期不明 / 網址不明 where the city
 * records that none is known.
 *
 * @example formatCitation({ title: '成果報告', publisher: '高雄市政府', date: '2023', urlUnknown: true })
 * // '高雄市政府 — 成果報告 — 112年 — 網址不明'
 */
export function formatCitation(source: SourceFacts): string {
  const date =
    source.date !== null
      ? formatRocPublicationDate(source.date)
      : source.dateUnknown
        ? '日期不明'
        : null;
  const address =
    source.url ??
    (source.documentNumber ? `文號 ${source.documentNumber}` : null) ??
    (source.urlUnknown ? '網址不明' : null);
  return [source.publisher, source.title, date, address]
    .filter((part): part is string => part !== null)
    .join(' — ');
}
