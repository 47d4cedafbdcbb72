import type { Context, MiddlewareHandler } from 'hono';

/**
 * No inline script anywhere (the docs page and the SPA load scripts from files), no framing.
 * Styles may be inline: React and ECharts set element styles, which carry no script.
 */
export const contentSecurityPolicy = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self'",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join('; ');

export const securityHeaders: MiddlewareHandler = async (c, next) => {
  // Set before the handler runs, so they are part of the response it creates: changing the
  // headers of a finished response makes @hono/node-server leave its fast path for strings.
  c.header('Content-Security-Policy', contentSecurityPolicy);
  c.header('X-Content-Type-Options', 'nosniff');
  c.header('X-Frame-Options', 'DENY');
  c.header('Referrer-Policy', 'same-origin');
  c.header('Cross-Origin-Opener-Policy', 'same-origin');
  await next();
};

/** Behind HTTPS (secure cookies on), browsers are told to use nothing else for a year. */
export const strictTransportSecurity: MiddlewareHandler = async (c, next) => {
  c.header('Strict-Transport-Security', 'max-age=31536000');
  await next();
};

/**
 * What a signed-in user is shown, and the CSRF token, stays out of every cache (a shared
 * computer's browser, a proxy). Set before the handler: a download that names its own
 * Cache-Control keeps it.
 */
export function forbidCaching(c: Context): void {
  c.header('Cache-Control', 'no-store');
}
