import { test } from 'node:test';
import assert from 'node:assert/strict';
import { entryRoute, isLocale, localLanguages, localeParam, localizePath, normalizePath, pageLocale, routeHref, withBase } from './i18n.ts';

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

test('withBase joins a deployment base and a path with one slash', () => {
  assert.equal(withBase('/', '/opt-out/'), '/opt-out/');
  assert.equal(withBase('/guide/', '/opt-out/'), '/guide/opt-out/');
  assert.equal(withBase('/guide', 'opt-out/'), '/guide/opt-out/');
});

test('routeHref keeps the anchor after the trailing slash, under any base', () => {
  assert.equal(routeHref('/', 'en', '/faq/#can-i-undo-it'), '/faq/#can-i-undo-it');
  assert.equal(routeHref('/guide/', 'zh-hk', '/faq/#can-i-undo-it'), '/guide/zh-hk/faq/#can-i-undo-it');
  assert.equal(routeHref('/guide/', 'zh-hk', '/'), '/guide/zh-hk/');
});

test('only our locales are locales, whatever the object prototype holds', () => {
  assert.equal(isLocale('zh-hk'), true);
  for (const name of ['constructor', '__proto__', 'toString', 'hasOwnProperty', 'EN', '']) assert.equal(isLocale(name), false, name);
  assert.equal(pageLocale(undefined), 'en');
  assert.equal(pageLocale('zh-hk'), 'zh-hk');
  assert.equal(pageLocale('fr'), 'en');
});

test('a guide entry is served at its locale and route', () => {
  assert.deepEqual(entryRoute('en/index'), { locale: 'en', route: '/' });
  assert.deepEqual(entryRoute('zh-hk/index'), { locale: 'zh-hk', route: '/' });
  assert.deepEqual(entryRoute('zh-hk/opt-out'), { locale: 'zh-hk', route: '/opt-out/' });
  assert.throws(() => entryRoute('fr/opt-out'), /locale folder/);
  assert.equal(localeParam('en'), undefined);
  assert.equal(localeParam('zh-hk'), 'zh-hk');
});

test('the English Hong Kong page points to the Chinese one, and no other page points anywhere', () => {
  assert.deepEqual(localLanguages('hong-kong', 'en'), ['zh-hk']);
  assert.deepEqual(localLanguages('hong-kong', 'zh-hk'), []);
  assert.deepEqual(localLanguages('united-kingdom', 'en'), []);
});
