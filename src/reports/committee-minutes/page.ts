import { FONT, pageNumberFooter } from '../render/docx/primitives.js';

/**
 * The page of the committee's documents: A4 portrait with margins of 2.5 cm, text at 14 pt as
 * government minutes print it, page numbers at the foot.
 */
export const A4_PORTRAIT = {
  size: { width: 11906, height: 16838 },
  margin: { top: 1418, bottom: 1418, left: 1418, right: 1418 },
};
export const TEXT_WIDTH = A4_PORTRAIT.size.width - 2 * A4_PORTRAIT.margin.left;
/** Half-points. */
export const BODY_SIZE = 28;
/** One full-width character of body text, in twips. */
export const CHAR = BODY_SIZE * 10;

export const documentStyles = (size = BODY_SIZE) => ({
  default: {
    document: { run: { font: FONT, size }, paragraph: { spacing: { line: 360 } } },
    heading1: { run: { font: FONT, size, bold: true, color: '000000' } },
    heading2: { run: { font: FONT, size, bold: true, color: '000000' } },
  },
});

/** 第 1 頁，共 3 頁 at 10 pt. */
export const minutesFooter = () => pageNumberFooter(20);
