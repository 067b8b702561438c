import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { engineDriver, ENGINE_NAMES, INSTALL_HINT } from '../../tools/browsers/engines.ts';
import { startProbeProxy, type ProbeProxy } from './probeProxy.ts';
import { scenarios } from './scenarios.ts';
import type { Engine } from '../../tools/browsers/driver.ts';

/**
 * The smoke scenarios in Chromium, Gecko and WebKit, against the host's runtime (HOST_URL, set by
 * scripts/test-host.ts), through a proxy that lets every engine report console errors and CSP violations alike.
 */
const host = process.env.HOST_URL;
if (!host) throw new Error('HOST_URL is not set: run `npm run test:host`, which starts the host runtime first.');

let proxy: ProbeProxy;
before(async () => {
  proxy = await startProbeProxy(host);
});
after(() => proxy.close());

for (const name of ENGINE_NAMES) {
  describe(name, () => {
    let engine: Engine;
    before(async () => {
      const driver = engineDriver(name);
      if ('missing' in driver) assert.fail(`${driver.missing} is missing: ${INSTALL_HINT}`);
      engine = await driver.launch();
      console.log(`# engine: ${engine.version}`);
    });
    after(() => engine?.close());

    // The checks of the checks: in this engine, a console error and a blocked image do reach the report.
    test('the page reports console errors and CSP violations', async () => {
      const page = await engine.newPage(new URL(new URL(host).pathname, proxy.url).href);
      try {
        await page.goto('');
        proxy.drain();
        await page.evaluate(() => {
          console.error('probe self-test');
          const img = document.createElement('img');
          img.src = 'https://example.invalid/blocked.png';
          document.body.append(img);
        }, undefined);
        await new Promise((r) => setTimeout(r, 500));
        const reported = proxy.drain().join('\n');
        assert.match(reported, /console error: probe self-test/);
        assert.match(reported, /CSP violation: img-src blocked https:\/\/example\.invalid/);
      } finally {
        await page.close();
      }
    });

    for (const scenario of scenarios) {
      test(scenario.name, async () => {
        const base = new URL(new URL(host).pathname, proxy.url).href;
        const page = await engine.newPage(base);
        proxy.drain();
        try {
          await scenario.run(page);
          // Read on the live page, not left to the probe's timers: nothing stored on the last page either.
          const stored = await page.evaluate(
            () => ({ cookie: document.cookie, items: localStorage.length + sessionStorage.length }),
            undefined,
          );
          assert.deepEqual(stored, { cookie: '', items: 0 }, 'cookies or storage on the last page');
          // Reports travel by fetch: give the last ones a moment to arrive.
          await new Promise((r) => setTimeout(r, 300));
        } finally {
          await page.close();
        }
        assert.deepEqual(proxy.drain(), [], 'console errors, CSP violations, off-origin requests, cookies or storage');
      });
    }
  });
}
