import { test } from 'node:test';
import assert from 'node:assert/strict';
import { localOrigin, publicOrigin } from './publicOrigin.ts';

const origin = (env: Record<string, string>) => {
  const result = publicOrigin(env);
  assert.ok(result.ok, `expected an origin, got: ${result.ok ? '' : result.error}`);
  return `${result.from} ${result.origin}`;
};
const error = (env: Record<string, string>) => {
  const result = publicOrigin(env);
  assert.ok(!result.ok, `expected an error, got ${result.ok ? result.origin : ''}`);
  assert.doesNotMatch(result.error, /\n/, 'one line');
  return result.error;
};

// What each host's builders set (Netlify: NETLIFY, URL, DEPLOY_URL, DEPLOY_PRIME_URL; Vercel: VERCEL,
// VERCEL_PROJECT_PRODUCTION_URL, VERCEL_URL; Cloudflare Pages: CF_PAGES, CF_PAGES_URL).
const netlify = {
  NETLIFY: 'true',
  URL: 'https://guide.example.org',
  DEPLOY_URL: 'https://6650f1b2c3d4--guide.netlify.app',
  DEPLOY_PRIME_URL: 'https://deploy-preview-12--guide.netlify.app',
};
const vercel = {
  VERCEL: '1',
  VERCEL_PROJECT_PRODUCTION_URL: 'guide.example.org',
  VERCEL_URL: 'guide-3kx9a1b2c-team.vercel.app',
};
const cloudflare = { CF_PAGES: '1', CF_PAGES_URL: 'https://3f2c1a9b.guide.pages.dev', CF_PAGES_BRANCH: 'main' };

test('a local build, with nothing set, uses the preview server', () => {
  assert.equal(origin({}), `local ${localOrigin}`);
  assert.equal(origin({ SITE_URL: '', BASE_PATH: '/guide/', CI: 'true' }), `local ${localOrigin}`, 'CI and the /guide/ test build too');
});

test('SITE_URL wins everywhere, as an origin', () => {
  assert.equal(origin({ SITE_URL: 'https://guide.example.org' }), 'SITE_URL https://guide.example.org');
  assert.equal(origin({ SITE_URL: ' https://Guide.Example.org/ ' }), 'SITE_URL https://guide.example.org', 'trimmed, normalised');
  assert.equal(origin({ ...netlify, SITE_URL: 'https://a.example' }), 'SITE_URL https://a.example');
  assert.equal(origin({ ...vercel, SITE_URL: 'https://a.example' }), 'SITE_URL https://a.example');
  assert.equal(origin({ ...cloudflare, SITE_URL: 'https://a.example' }), 'SITE_URL https://a.example');
});

test('on Netlify, its URL, never a deploy’s own address', () => {
  assert.equal(origin(netlify), 'URL https://guide.example.org');
});

test('a URL variable outside Netlify is not an origin', () => {
  assert.equal(origin({ URL: 'https://elsewhere.example' }), `local ${localOrigin}`);
});

test('on Vercel, https:// and the production domain, never VERCEL_URL', () => {
  assert.equal(origin(vercel), 'VERCEL_PROJECT_PRODUCTION_URL https://guide.example.org');
  assert.equal(origin({ VERCEL: '1', VERCEL_URL: vercel.VERCEL_URL }), `local ${localOrigin}`);
});

test('on Cloudflare Pages, a build without SITE_URL fails, and never takes CF_PAGES_URL', () => {
  assert.match(error(cloudflare), /^SITE_URL is not set, and Cloudflare Pages gives no production origin: set SITE_URL/);
  assert.match(error({ ...cloudflare, SITE_URL: ' ' }), /Cloudflare Pages/, 'blank is unset');
});

test('an address that is not an origin fails, naming the variable', () => {
  assert.match(error({ SITE_URL: 'guide.example.org' }), /^SITE_URL is not an absolute URL/);
  assert.match(error({ SITE_URL: 'ftp://guide.example.org' }), /^SITE_URL must start with https:\/\//);
  assert.match(error({ SITE_URL: 'https://example.org/guide/' }), /^SITE_URL must be an origin alone.*BASE_PATH/);
  assert.match(error({ NETLIFY: 'true', URL: 'not a url' }), /^URL is not an absolute URL/);
  assert.match(error({ VERCEL_PROJECT_PRODUCTION_URL: 'guide.example.org/x' }), /^VERCEL_PROJECT_PRODUCTION_URL must be an origin/);
});
