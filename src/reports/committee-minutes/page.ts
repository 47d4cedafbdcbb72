import { Document, Packer, type ISectionOptions } from 'docx';
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

const documentStyles = (size: number) => ({
  default: {
    document: { run: { font: FONT, size }, paragraph: { spacing: { line: 360 } } },
    heading1: { run: { font: FONT, size, bold: true, color: '000000' } },
    heading2: { run: { font: FONT, size, bold: true, color: '000000' } },
  },
});

/**
 * One of the committee's Word documents: one section of `children` on `page`, text at `size`
 * half-points, and 第 1 頁，共 3 頁 at 10 pt at the foot of every page.
 */
export function committeeDocx({
  title,
  description,
  page = A4_PORTRAIT,
  size = BODY_SIZE,
  children,
}: {
  title: string;
  description?: string;
  page?: NonNullable<ISectionOptions['properties']>['page'];
  size?: number;
  children: ISectionOptions['children'];
}): Promise<Buffer> {
  const document = new Document({
    title,
    ...(description === undefined ? {} : { description }),
    styles: documentStyles(size),
    sections: [{ properties: { page }, footers: { default: pageNumberFooter(20) }, children }],
  });
  return Packer.toBuffer(document);
}
