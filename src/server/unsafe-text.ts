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

/** Deeper than any request the API declares; a body nested further is refused unread. */
const MAX_DEPTH = 32;

/**
 * Refuses the first string inside `value` (walked through objects and arrays) holding an unsafe
 * character, naming its path (`body.title`, `query.asOf`, `plan`) and the character. The walk
 * keeps its own stack and refuses nesting past MAX_DEPTH, naming the field it starts from: a
 * 10 KB body of brackets must be a 400, not a stack overflow.
 */
export function refuseUnsafeText(value: unknown, path: string): void {
  const stack: { value: unknown; path: string; depth: number; field: string }[] = [
    { value, path, depth: 0, field: path },
  ];
  for (let next = stack.pop(); next; next = stack.pop()) {
    const { value: item, path: at, depth, field } = next;
    if (typeof item === 'string') {
      const found = unsafe.exec(item);
      if (found)
        throw new NetZeroError(
          'VALIDATION_FAILED',
          `${at}: contains the control or direction-override character ${codePoint(found[0])}`,
          [{ path: at, message: 'unsafe character' }],
        );
      continue;
    }
    if (item === null || typeof item !== 'object') continue;
    if (depth >= MAX_DEPTH)
      throw new NetZeroError('VALIDATION_FAILED', `${field}: nested too deeply`, [
        { path: field, message: `nested deeper than ${String(MAX_DEPTH)} levels` },
      ]);
    const children = Array.isArray(item)
      ? item.map((child, i) => [`${at}[${String(i)}]`, child] as const)
      : Object.entries(item).map(([key, child]) => [`${at}.${key}`, child] as const);
    // Reversed, so the first unsafe string in document order is the one named.
    for (const [childPath, child] of children.reverse())
      stack.push({
        value: child,
        path: childPath,
        depth: depth + 1,
        field: depth === 0 ? childPath : field,
      });
  }
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
