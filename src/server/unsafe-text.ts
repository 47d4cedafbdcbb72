import { NetZeroError } from '../core/errors.js';

/**
 * Characters no input text needs: C0 controls but tab, newline and carriage return (NUL breaks
 * PostgreSQL's text and every file format), DEL, and the bidirectional overrides and isolates
 * (U+202A–U+202E, U+2066–U+2069), which make a name display as something else ("Trojan
 * Source"). Marks like U+200F stay allowed: they reorder nothing on their own.
 */
// eslint-disable-next-line no-control-regex -- finding control characters is the point
const unsafe = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f\u202a-\u202e\u2066-\u2069]/u;

const codePoint = (char: string) =>
  `U+${(char.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0')}`;

/**
 * Refuses the first string inside `value` (walked through objects and arrays) holding an unsafe
 * character, naming its path (`body.title`, `query.asOf`, `plan`) and the character.
 */
export function refuseUnsafeText(value: unknown, path: string): void {
  if (typeof value === 'string') {
    const found = unsafe.exec(value);
    if (found)
      throw new NetZeroError(
        'VALIDATION_FAILED',
        `${path}: contains the control or direction-override character ${codePoint(found[0])}`,
        [{ path, message: 'unsafe character' }],
      );
  } else if (Array.isArray(value))
    value.forEach((item, i) => refuseUnsafeText(item, `${path}[${String(i)}]`));
  else if (value !== null && typeof value === 'object')
    for (const [key, item] of Object.entries(value)) refuseUnsafeText(item, `${path}.${key}`);
}

/**
 * A request path whose percent-encoding does not decode is a 400, wherever it is sent; outside
 * the API an unsafe character too (inside, the route names the parameter that holds it).
 */
export function refuseMalformedPath(url: string, apiRoot: string): void {
  const path = new URL(url).pathname;
  let decoded: string;
  try {
    decoded = decodeURIComponent(path);
  } catch {
    throw new NetZeroError('VALIDATION_FAILED', 'path: malformed percent-encoding', [
      { path: 'path', message: 'malformed percent-encoding' },
    ]);
  }
  if (!decoded.startsWith(`${apiRoot}/`)) refuseUnsafeText(decoded, 'path');
}
