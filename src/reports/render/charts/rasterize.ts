import { renderAsync } from '@resvg/resvg-js';
import { CJK_FONT } from '../docx/primitives.js';
import { chartFontFiles } from './chart-fonts.js';

/**
 * An SVG chart as a PNG, at `scale` × its size, by resvg (a Rust SVG renderer shipped as a
 * prebuilt binary inside its npm package: no download at run time). Text uses DejaVu Sans for
 * numbers and Noto Sans CJK TC for Chinese (chart-fonts.ts; fonts-dejavu-core and fonts-noto-cjk,
 * scripts/system-packages.sh), so Chinese labels render.
 * The PNG is what LibreOffice shows (7.4 ignores the DOCX's SVG) and so what the PDF prints.
 *
 * resvg draws on a libuv worker thread, so a report's charts are drawn side by side while the
 * JavaScript thread goes on (a few hundred ms each).
 */
export async function rasterizeSvg(svg: string, scale = 2): Promise<Buffer> {
  const image = await renderAsync(svg, {
    fitTo: { mode: 'zoom', value: scale },
    background: 'white',
    font: {
      ...chartFontFiles(),
      defaultFontFamily: CJK_FONT,
      sansSerifFamily: CJK_FONT,
    },
  });
  return image.asPng();
}
