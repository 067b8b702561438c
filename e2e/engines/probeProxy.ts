import { createServer, request, type IncomingHttpHeaders } from 'node:http';
import type { AddressInfo } from 'node:net';

/**
 * A reverse proxy for the smoke runs that adds one same-origin script to every HTML page. Classic WebDriver reports
 * no console errors, CSP violations or requests, so the page reports them itself, the same way in every engine:
 * console.error, uncaught errors and rejections, `securitypolicyviolation` events, failed resources, requests to
 * another origin, and any cookie or stored item. The script is allowed by the site's own CSP ('self'), so the
 * policy under test is the real one, unchanged. Everything else passes through untouched, status and headers too.
 */
const PROBE_PATH = '/__smoke/probe.js';
const REPORT_PATH = '/__smoke/report';

// Runs first in <head>, before the site's own scripts. Reports go back to this proxy with fetch (connect-src 'self').
const PROBE = `(() => {
  const send = (kind, text) => {
    try { fetch(${JSON.stringify(REPORT_PATH)}, { method: 'POST', keepalive: true, body: JSON.stringify({ kind, text: String(text).slice(0, 500), page: location.pathname + location.search }) }); } catch {}
  };
  const consoleError = console.error;
  console.error = function (...args) { send('console error', args.map(String).join(' ')); return consoleError.apply(this, args); };
  addEventListener('error', (e) => {
    const el = e.target;
    if (el && el !== window && (el.src || el.href)) send('failed resource', el.src || el.href);
    else send('uncaught', e.message + (e.filename ? ' at ' + e.filename + ':' + e.lineno + ':' + e.colno : ''));
  }, true);
  addEventListener('unhandledrejection', (e) => send('unhandled rejection', e.reason && e.reason.message || e.reason));
  document.addEventListener('securitypolicyviolation', (e) => send('CSP violation', e.violatedDirective + ' blocked ' + (e.blockedURI || 'inline code')));
  try {
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) if (new URL(entry.name).origin !== location.origin) send('off-origin request', entry.name);
    }).observe({ type: 'resource', buffered: true });
  } catch {}
  // Gecko may refuse storage (NS_ERROR_FAILURE) to a document that is being torn down, as when the test closes the
  // tab while this runs; that says nothing about the site. The test reads storage itself before it closes the page.
  const checkStorage = () => {
    try {
      if (document.cookie) send('cookie', document.cookie);
      if (localStorage.length + sessionStorage.length) send('storage', (localStorage.length + sessionStorage.length) + ' items');
    } catch {}
  };
  addEventListener('pagehide', checkStorage);
  addEventListener('load', () => setTimeout(checkStorage, 500));
})();
`;

export interface ProbeProxy {
  url: string;
  /** The problems reported since the last call, each as 'kind: text (page)'. */
  drain(): string[];
  close(): Promise<void>;
}

export async function startProbeProxy(upstream: string): Promise<ProbeProxy> {
  const target = new URL(upstream);
  let problems: string[] = [];
  const server = createServer((req, res) => {
    if (req.url === PROBE_PATH) {
      res.writeHead(200, { 'content-type': 'text/javascript; charset=utf-8', 'cache-control': 'no-store' });
      res.end(PROBE);
      return;
    }
    if (req.url === REPORT_PATH && req.method === 'POST') {
      let body = '';
      req.on('data', (chunk: Buffer) => (body += chunk.toString('utf8')));
      req.on('end', () => {
        try {
          const { kind, text, page } = JSON.parse(body) as { kind: string; text: string; page: string };
          problems.push(`${kind}: ${text} (${page})`);
        } catch {
          problems.push(`unreadable report: ${body.slice(0, 200)}`);
        }
        res.writeHead(204).end();
      });
      return;
    }
    const headers: IncomingHttpHeaders = { ...req.headers, host: target.host, 'accept-encoding': 'identity' };
    const upstreamRequest = request({ host: target.hostname, port: target.port, path: req.url, method: req.method, headers }, (up) => {
      const type = up.headers['content-type'] ?? '';
      if (!type.startsWith('text/html')) {
        res.writeHead(up.statusCode ?? 502, up.headers);
        up.pipe(res);
        return;
      }
      const chunks: Buffer[] = [];
      up.on('data', (c: Buffer) => chunks.push(c));
      up.on('end', () => {
        const html = Buffer.concat(chunks)
          .toString('utf8')
          .replace(/<head>/i, `<head><script src="${PROBE_PATH}"></script>`);
        const out = Buffer.from(html, 'utf8');
        const { 'content-length': _length, 'transfer-encoding': _encoding, ...rest } = up.headers;
        res.writeHead(up.statusCode ?? 502, { ...rest, 'content-length': out.length });
        res.end(out);
      });
    });
    upstreamRequest.on('error', (err) => res.writeHead(502).end(String(err)));
    req.pipe(upstreamRequest);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://localhost:${port}`,
    drain() {
      const out = problems;
      problems = [];
      return out;
    },
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
