import type { SubmissionDetail, SubmissionFigure } from '../../../contracts/api/submissions.js';

/** What the form holds per indicator: text as typed, and the basis the clerk chose (or none yet). */
export interface FigureEntry {
  value: string;
  basis: SubmissionFigure['basis'] | '';
}

const DECIMAL = /^-?\d+(\.\d+)?$/;

export function entriesFrom(detail: SubmissionDetail): Record<string, FigureEntry> {
  const entries: Record<string, FigureEntry> = {};
  for (const indicator of detail.indicators) {
    const figure = detail.figures.find((f) => f.indicator === indicator.key);
    entries[indicator.key] = figure
      ? { value: figure.value, basis: figure.basis }
      : { value: '', basis: '' };
  }
  return entries;
}

export interface EntryProblem {
  indicator: string;
  problem: 'notDecimal' | 'basisMissing';
}

/**
 * The figures to send, or the problems that stop them. Separators and full-width digits are
 * forgiven (people paste "1,234" from spreadsheets); anything else that is not a plain decimal
 * is refused rather than guessed at.
 */
export function figuresFrom(entries: Record<string, FigureEntry>): {
  figures: SubmissionFigure[];
  problems: EntryProblem[];
} {
  const figures: SubmissionFigure[] = [];
  const problems: EntryProblem[] = [];
  for (const [indicator, entry] of Object.entries(entries)) {
    const value = entry.value.normalize('NFKC').replace(/[,\s]/g, '');
    if (value === '') continue;
    if (!DECIMAL.test(value)) problems.push({ indicator, problem: 'notDecimal' });
    else if (entry.basis === '') problems.push({ indicator, problem: 'basisMissing' });
    else figures.push({ indicator, value, basis: entry.basis });
  }
  return { figures, problems };
}
