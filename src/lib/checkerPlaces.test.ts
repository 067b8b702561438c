import { test } from 'node:test';
import assert from 'node:assert/strict';
import { otherPlaces } from './checkerPlaces.ts';
import type { CountryName } from './countries.ts';

const country = (code: string, en: string, lawOf = code): CountryName => ({
  code,
  lawOf,
  name: { en, 'zh-hk': `${en}（中）` },
  aliases: { en: [], 'zh-hk': [] },
});
const countries = [country('FR', 'France'), country('RE', 'Réunion', 'FR'), country('US', 'United States'), country('CN', 'China')];
const regions = [
  { slug: 'france', iso: 'FR', timeZones: ['Europe/Paris'] },
  { slug: 'elsewhere', iso: 'XX', timeZones: ['Etc/UTC'] },
];
const zones = new Map([
  ['Europe/Paris', 'FR'],
  ['Indian/Reunion', 'RE'],
  ['America/New_York', 'US'],
  ['America/Chicago', 'US'],
  ['Asia/Shanghai', 'CN'],
]);
const places = otherPlaces(countries, regions, zones, new Map([['US', { en: 'the United States' }]]), new Set(['CN']));
const place = (code: string) => places.find((p) => p.code === code)!;

test('places with a page of their own are not offered twice', () => {
  assert.deepEqual(
    places.map((p) => p.code),
    ['RE', 'US', 'CN'],
  );
});

test('a territory is answered by the page of the law that applies there; other places by everywhere else', () => {
  assert.equal(place('RE').page, 'france');
  assert.equal(place('US').page, 'elsewhere');
});

test('each place gets its own time zones, and a sentence name only where it differs', () => {
  assert.deepEqual(place('US').zones, ['America/New_York', 'America/Chicago']);
  assert.deepEqual(place('RE').zones, ['Indian/Reunion']);
  assert.equal(place('US').nameInSentence.en, 'the United States');
  assert.equal(place('US').nameInSentence['zh-hk'], 'United States（中）');
  assert.equal(place('RE').nameInSentence.en, 'Réunion');
});

test('a place LinkedIn’s texts do not settle is marked, not guessed', () => {
  assert.equal(place('CN').unsettled, true);
  assert.equal(place('US').unsettled, false);
});
