import { Resvg } from '@resvg/resvg-js';
import { CJK_FONT } from '../docx/primitives.js';

/**
 * An SVG chart as a PNG, at `scale` × its size, by resvg (a Rust SVG renderer shipped as a
 * prebuilt binary inside its npm package: no download at run time). Text uses the system's
 * fonts, Noto Sans CJK TC first, so Chinese labels render (fonts-noto-cjk, scripts/system-packages.sh).
 * The PNG is what LibreOffice shows (7.4 ignores the DOCX's SVG) and so what the PDF prints.
 */
export function rasterizeSvg(svg: string, scale = 2): Buffer {
  const resvg = new Resvg(svg, {
    fitTo: { mode: 'zoom', value: scale },
    background: 'white',
    font: { loadSystemFonts: true, defaultFontFamily: CJK_FONT, sansSerifFamily: CJK_FONT },
  });
  return resvg.render().asPng();
}
