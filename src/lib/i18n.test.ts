import { test } from 'node:test';
import assert from 'node:assert/strict';
import { localizePath, normalizePath, splitLocale, withBase } from './i18n.ts';

test('normalizePath adds the slashes routes end with', () => {
  assert.equal(normalizePath(''), '/');
  assert.equal(normalizePath('opt-out'), '/opt-out/');
  assert.equal(normalizePath('/regions/hong-kong'), '/regions/hong-kong/');
});

test('localizePath leaves English unprefixed and prefixes Chinese', () => {
  assert.equal(localizePath('/opt-out/', 'en'), '/opt-out/');
  assert.equal(localizePath('/opt-out/', 'zh-hk'), '/zh-hk/opt-out/');
  assert.equal(localizePath('/', 'zh-hk'), '/zh-hk/');
});

test('splitLocale inverts localizePath', () => {
  assert.deepEqual(splitLocale('/zh-hk/faq/'), { locale: 'zh-hk', route: '/faq/' });
  assert.deepEqual(splitLocale('/zh-hk/'), { locale: 'zh-hk', route: '/' });
  assert.deepEqual(splitLocale('/faq/'), { locale: 'en', route: '/faq/' });
  assert.deepEqual(splitLocale('/en/faq/'), { locale: 'en', route: '/en/faq/' }, 'English has no /en/ prefix');
});

test('withBase joins a deployment base and a path with one slash', () => {
  assert.equal(withBase('/', '/opt-out/'), '/opt-out/');
  assert.equal(withBase('/guide/', '/opt-out/'), '/guide/opt-out/');
  assert.equal(withBase('/guide', 'opt-out/'), '/guide/opt-out/');
});
