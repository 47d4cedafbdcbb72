import { existsSync } from 'node:fs';
import { CJK_FONT } from '../docx/primitives.js';

/**
 * Chart labels name a Latin face first and the CJK face second. resvg parses a label's first
 * font for every text element, and Noto Sans CJK (a 20 MB collection with CFF outlines and large
 * layout tables) costs ~80 ms per label against ~2 ms for DejaVu Sans; most labels are numbers
 * and years, so this makes a chart 3–4× faster (BENCHMARKS.md, Reports). Labels with Chinese
 * fall back to the CJK face whole, so a label is never drawn in two faces. Word, LibreOffice and
 * resvg all read the same family list.
 */
export const CHART_FONT_FAMILY = `'DejaVu Sans', '${CJK_FONT}'`;

/** Debian's files for the two faces (fonts-dejavu-core, fonts-noto-cjk). */
const FONT_FILES = [
  '/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf',
  '/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf',
  '/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc',
  '/usr/share/fonts/opentype/noto/NotoSansCJK-Bold.ttc',
];

/**
 * resvg's font source: just the faces the charts use when they are where Debian puts them
 * (loading every system font costs ~0.3 s per chart), otherwise every system font.
 */
export function chartFontFiles(): { loadSystemFonts: boolean; fontFiles?: string[] } {
  const present = FONT_FILES.filter((file) => existsSync(file));
  return present.length === FONT_FILES.length
    ? { loadSystemFonts: false, fontFiles: present }
    : { loadSystemFonts: true };
}
