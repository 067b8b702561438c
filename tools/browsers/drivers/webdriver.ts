import { spawn, type ChildProcess } from 'node:child_process';
import { writeFile } from 'node:fs/promises';
import { createServer } from 'node:net';
import { describeTarget, findTarget, locate, serialiseTarget, type Engine, type EnginePage, type Target } from '../driver.ts';

/** The key under which W3C WebDriver returns an element reference. */
const ELEMENT = 'element-6066-11e4-a52e-4f735466cecf';

/**
 * WebKitGTK (Debian's webkit2gtk-driver) through classic W3C WebDriver: WebKitWebDriver drives MiniBrowser, which has
 * no headless mode, so both run under xvfb-run when there is no display. The protocol is a handful of HTTP calls,
 * so they are made here directly rather than through a client library.
 */
export async function webkitGtkEngine(driverPath: string, miniBrowser: string): Promise<Engine> {
  const port = await freePort();
  const command = process.env.DISPLAY ? [driverPath] : ['xvfb-run', '-a', '--server-args=-screen 0 1600x1200x24', driverPath];
  const driver = spawn(command[0]!, [...command.slice(1), `--port=${port}`], { stdio: 'ignore', detached: true });
  const server = `http://127.0.0.1:${port}`;
  await waitForDriver(server, driver);
  // WebKitWebDriver allows one session at a time: each page is a session, ended with the page.
  let current: WebDriverSession | undefined;
  const engine: Engine = {
    name: 'webkit',
    version: 'webkit',
    async newPage(baseURL) {
      const session = await WebDriverSession.start(server, miniBrowser);
      current = session;
      const page = webDriverPage(session, baseURL, () => {
        current = undefined;
      });
      await page.setViewport(1280, 800);
      return page;
    },
    async close() {
      await current?.call('DELETE', '').catch(() => undefined);
      // xvfb-run starts Xvfb and the driver as children: end the whole group.
      if (driver.pid) process.kill(-driver.pid, 'SIGTERM');
    },
  };
  const probe = await WebDriverSession.start(server, miniBrowser);
  engine.version = `webkit ${probe.browserVersion} (WebKitGTK MiniBrowser, WebKitWebDriver)`;
  await probe.call('DELETE', '');
  return engine;
}

class WebDriverSession {
  private readonly server: string;
  private readonly id: string;
  readonly browserVersion: string;

  private constructor(server: string, id: string, browserVersion: string) {
    this.server = server;
    this.id = id;
    this.browserVersion = browserVersion;
  }

  static async start(server: string, miniBrowser: string): Promise<WebDriverSession> {
    const body = { capabilities: { alwaysMatch: { 'webkitgtk:browserOptions': { binary: miniBrowser, args: ['--automation'] } } } };
    const value = (await request(server, 'POST', '/session', body)) as { sessionId: string; capabilities: { browserVersion?: string } };
    return new WebDriverSession(server, value.sessionId, value.capabilities.browserVersion ?? 'unknown');
  }

  call(method: 'GET' | 'POST' | 'DELETE', path: string, body?: unknown): Promise<unknown> {
    return request(this.server, method, `/session/${this.id}${path}`, body);
  }
}

async function request(server: string, method: string, path: string, body?: unknown): Promise<unknown> {
  const init: RequestInit = { method, signal: AbortSignal.timeout(30_000) };
  if (body !== undefined) {
    init.headers = { 'content-type': 'application/json' };
    init.body = JSON.stringify(body);
  }
  const response = await fetch(server + path, init);
  const json = (await response.json()) as { value: unknown };
  if (!response.ok) {
    const error = json.value as { error?: string; message?: string };
    throw new Error(`WebDriver ${method} ${path}: ${error.error ?? response.status}: ${error.message ?? ''}`);
  }
  return json.value;
}

function webDriverPage(session: WebDriverSession, baseURL: string, onClose: () => void): EnginePage {
  const run = (fn: string, args: unknown[]) =>
    session.call('POST', '/execute/sync', { script: `return (${fn}).apply(null, arguments);`, args });
  const element = (target: Target): Promise<string> =>
    locate(target, async () => ((await run(findTarget.toString(), [serialiseTarget(target)])) as Record<string, string> | null)?.[ELEMENT]);
  return {
    async goto(path) {
      await session.call('POST', '/url', { url: new URL(path, baseURL).href });
      // WebKitWebDriver returns once the document is interactive, before module scripts have run; the other
      // drivers wait for the load event, so wait for it here too.
      const deadline = Date.now() + 10_000;
      while ((await run('() => document.readyState', [])) !== 'complete') {
        if (Date.now() > deadline) throw new Error(`${path} did not finish loading within 10 s`);
        await new Promise((r) => setTimeout(r, 50));
      }
    },
    url: async () => (await session.call('GET', '/url')) as string,
    evaluate: async (fn, arg) => (await run(fn.toString(), [arg])) as never,
    click: async (target) => void (await session.call('POST', `/element/${await element(target)}/click`, {})),
    type: async (target, text) => {
      const id = await element(target);
      await session.call('POST', `/element/${id}/click`, {});
      await session.call('POST', `/element/${id}/value`, { text });
    },
    async select(target, label) {
      const select = await element(target);
      const option = (await run('(select, label) => [...select.options].find((o) => o.label === label) ?? null', [
        { [ELEMENT]: select },
        label,
      ])) as Record<string, string> | null;
      if (!option?.[ELEMENT]) throw new Error(`no option “${label}” in ${describeTarget(target)}`);
      // Element Click on an <option> selects it, as the WebDriver standard defines.
      await session.call('POST', `/element/${option[ELEMENT]}/click`, {});
    },
    screenshot: async (file) => writeFile(file, Buffer.from((await session.call('GET', '/screenshot')) as string, 'base64')),
    setViewport: async (width, height) => {
      // WebDriver sizes the window, not the viewport: grow the window by what its frame takes.
      const inner = (await run('() => [window.outerWidth - window.innerWidth, window.outerHeight - window.innerHeight]', [])) as [
        number,
        number,
      ];
      await session.call('POST', '/window/rect', { width: width + inner[0], height: height + inner[1] });
    },
    async close() {
      await session.call('DELETE', '');
      onClose();
    },
  };
}

async function waitForDriver(server: string, child: ChildProcess): Promise<void> {
  const deadline = Date.now() + 20_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`WebKitWebDriver exited with code ${child.exitCode}`);
    try {
      const status = (await request(server, 'GET', '/status')) as { ready?: boolean };
      if (status.ready !== false) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error('WebKitWebDriver did not start within 20 s');
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port'))));
    });
  });
}
