import { test } from 'node:test';
import assert from 'node:assert/strict';
import { coveredIsos, findRegion, isElsewhere, otherPlaces, regionForTimeZone, regionShortCodes } from './places.ts';
import type { CountryName } from './countries.ts';
import { regions } from '../data/regions.ts';

test('findRegion takes a slug or an ISO code in any case, and "uk"', () => {
  assert.equal(findRegion(regions, 'hong-kong')?.slug, 'hong-kong');
  assert.equal(findRegion(regions, 'hk')?.slug, 'hong-kong');
  assert.equal(findRegion(regions, 'HK')?.slug, 'hong-kong');
  assert.equal(findRegion(regions, ' gb ')?.slug, 'united-kingdom');
  assert.equal(findRegion(regions, 'uk')?.slug, 'united-kingdom');
  assert.equal(findRegion(regions, 'UK')?.slug, 'united-kingdom');
  assert.equal(findRegion(regions, 'elsewhere')?.slug, 'elsewhere');
});

test('findRegion rejects what it does not know', () => {
  for (const value of ['nowhere', '<script>alert(1)</script>', '', '   ', 'XX', 'us', null, undefined, 'x'.repeat(500)]) {
    assert.equal(findRegion(regions, value), undefined, String(value));
  }
});

test('findRegion answers undefined, without throwing, for the names of Object.prototype', () => {
  for (const name of Object.getOwnPropertyNames(Object.prototype)) {
    assert.equal(findRegion(regions, name), undefined, name);
    assert.equal(findRegion(regions, name.toUpperCase()), undefined, name);
  }
});

test('regionForTimeZone maps zones, including the many of Canada and legacy aliases', () => {
  assert.equal(regionForTimeZone(regions, 'Europe/Berlin')?.slug, 'germany');
  assert.equal(regionForTimeZone(regions, 'Asia/Hong_Kong')?.slug, 'hong-kong');
  assert.equal(regionForTimeZone(regions, 'Hongkong')?.slug, 'hong-kong');
  assert.equal(regionForTimeZone(regions, 'America/Vancouver')?.slug, 'canada');
  assert.equal(regionForTimeZone(regions, 'Atlantic/Canary')?.slug, 'spain');
  assert.equal(regionForTimeZone(regions, 'America/New_York'), undefined);
  assert.equal(regionForTimeZone(regions, undefined), undefined);
});

test('no zone belongs to two regions', () => {
  const seen = new Map<string, string>();
  for (const r of regions) {
    for (const z of r.timeZones) {
      assert.ok(!seen.has(z), `${z} is in ${seen.get(z)} and ${r.slug}`);
      seen.set(z, r.slug);
    }
  }
});

test('aliases cover every ISO code and never shadow a slug', () => {
  const aliases = regionShortCodes(regions);
  assert.equal(aliases.length, coveredIsos(regions).size + 1, 'every ISO code plus uk');
  assert.deepEqual(
    aliases.find((a) => a.alias === 'hk'),
    { alias: 'hk', slug: 'hong-kong' },
  );
  assert.deepEqual(
    aliases.find((a) => a.alias === 'uk'),
    { alias: 'uk', slug: 'united-kingdom' },
  );
  const slugs = new Set(regions.map((r) => r.slug));
  for (const a of aliases) assert.ok(!slugs.has(a.alias), a.alias);
});

test('findRegion takes a place by any of its names, whole and in any case', () => {
  const places = [
    { slug: 'in', iso: 'IN', timeZones: ['Asia/Kolkata'], names: ['India', '印度'] },
    { slug: 'us', iso: 'US', timeZones: ['America/New_York'], names: ['United States', '美國'] },
  ];
  assert.equal(findRegion(places, 'india')?.slug, 'in');
  assert.equal(findRegion(places, ' INDIA ')?.slug, 'in');
  assert.equal(findRegion(places, '印度')?.slug, 'in');
  assert.equal(findRegion(places, 'in')?.slug, 'in');
  assert.equal(findRegion(places, 'united')?.slug, undefined, 'part of a name is not a name');
  assert.equal(findRegion(places, 'toString')?.slug, undefined);
});

test('one region stands for everywhere else, and it is not covered', () => {
  const elsewhere = regions.filter(isElsewhere);
  assert.deepEqual(
    elsewhere.map((r) => r.slug),
    ['elsewhere'],
  );
  assert.equal(coveredIsos(regions).size, regions.length - 1);
});

const country = (code: string, en: string, lawOf = code): CountryName => ({
  code,
  lawOf,
  name: { en, 'zh-hk': `${en}（中）` },
  aliases: { en: [], 'zh-hk': [] },
});
const countries = [country('FR', 'France'), country('RE', 'Réunion', 'FR'), country('US', 'United States'), country('CN', 'China')];
const coveredSample = [
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
const places = otherPlaces(countries, coveredSample, zones, new Map([['US', { en: 'the United States' }]]), new Set(['CN']));
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
