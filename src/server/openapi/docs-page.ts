import { errorStatus } from '../../contracts/api/common.js';
import { apiRoot } from '../../contracts/api/endpoint.js';
import { endpointList } from '../../contracts/api/endpoints/index.js';
import { accessOf } from './build-openapi.js';

const escape = (text: string) =>
  text.replace(
    /[&<>"']/g,
    (ch) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[ch] ?? ch,
  );

/**
 * A readable API reference rendered on the server: no script at all, so it works under the
 * same Content-Security-Policy as the app. Schemas are in /api/v1/openapi.json.
 */
export function renderDocsPage(spec: Record<string, unknown>): string {
  const rows = endpointList
    .map((e) => {
      const op =
        ((spec.paths as Record<string, Record<string, Record<string, unknown>>>)[e.path] ?? {})[
          e.method
        ] ?? {};
      const body = (
        op.requestBody as { content?: Record<string, { schema?: unknown }> } | undefined
      )?.content;
      const bodySchema = body ? Object.values(body)[0]?.schema : undefined;
      return `<section><h2><span class="m ${e.method}">${e.method.toUpperCase()}</span> <code>${apiRoot}${escape(e.path)}</code></h2>
<p>${escape(e.summary)}</p><p class="who">Who: ${escape(accessOf(e))}</p>
${bodySchema ? `<details><summary>Request body</summary><pre>${escape(JSON.stringify(bodySchema, null, 2))}</pre></details>` : ''}</section>`;
    })
    .join('\n');
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Net-Zero Tracker API</title><link rel="stylesheet" href="/api/v1/docs.css"></head>
<body><main><h1>Net-Zero Tracker API (淨零管考平台)</h1>
<p>${escape((spec.info as { description?: string }).description ?? '')}</p>
<p>Machine-readable: <a href="/api/v1/openapi.json">/api/v1/openapi.json</a> (OpenAPI 3.1).</p>
<p>Errors: ${Object.entries(errorStatus)
    .map(([code, status]) => `${code} ${status}`)
    .join(' · ')}; a stale version's CONFLICT carries <code>current</code>.</p>
${rows}</main></body></html>`;
}

export const docsCss = `body{font-family:system-ui,"Noto Sans CJK TC",sans-serif;margin:0;color:#1a1a1a;background:#fafafa}
main{max-width:60rem;margin:0 auto;padding:1rem}section{background:#fff;border:1px solid #ddd;border-radius:6px;padding:.5rem 1rem;margin:.75rem 0}
h2{font-size:1rem;margin:.5rem 0}.m{display:inline-block;min-width:4rem;font-weight:700}.get{color:#075985}.post{color:#166534}.put,.patch{color:#92400e}.delete{color:#991b1b}
.who{color:#444;font-size:.9rem}pre{overflow:auto;background:#f3f3f3;padding:.5rem;font-size:.8rem}`;
