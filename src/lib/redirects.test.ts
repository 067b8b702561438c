import { test } from 'node:test';
import assert from 'node:assert/strict';
import { redirectsFile, regionRedirects } from './redirects.ts';

const aliases = [
  { alias: 'hk', slug: 'hong-kong' },
  { alias: 'uk', slug: 'united-kingdom' },
];

test('every alias redirects in every language', () => {
  assert.deepEqual(regionRedirects(aliases, '/'), [
    { from: '/regions/hk/', to: '/regions/hong-kong/' },
    { from: '/regions/uk/', to: '/regions/united-kingdom/' },
    { from: '/zh-hk/regions/hk/', to: '/zh-hk/regions/hong-kong/' },
    { from: '/zh-hk/regions/uk/', to: '/zh-hk/regions/united-kingdom/' },
  ]);
});

test('the rules carry the deployment base', () => {
  const [first, , third] = regionRedirects(aliases, '/guide/');
  assert.deepEqual(first, { from: '/guide/regions/hk/', to: '/guide/regions/hong-kong/' });
  assert.deepEqual(third, { from: '/guide/zh-hk/regions/hk/', to: '/guide/zh-hk/regions/hong-kong/' });
  assert.equal(regionRedirects(aliases, '/guide')[0]?.from, '/guide/regions/hk/', 'a base without its trailing slash');
});

test('the file is plain 301s, or forced 301s for Netlify', () => {
  const redirects = regionRedirects(aliases.slice(0, 1), '/');
  const plain = redirectsFile(redirects, { force: false }).split('\n');
  assert.match(plain[0] ?? '', /^# /);
  assert.deepEqual(plain.slice(1), ['/regions/hk/ /regions/hong-kong/ 301', '/zh-hk/regions/hk/ /zh-hk/regions/hong-kong/ 301', '']);
  assert.ok(redirectsFile(redirects, { force: true }).includes('/regions/hk/ /regions/hong-kong/ 301!\n'));
});
