import { test } from 'node:test';
import assert from 'node:assert/strict';
import { countryNames } from './countries.ts';
import { coveredPlaceNames, namesByIndexPlace, uncoveredCountries, uncoveredNames } from './regionSearchText.ts';
import { regions } from '../data/regions.ts';

const countries = countryNames();
const covered = new Set(regions.map((r) => r.iso));

test('every ISO country and territory is either one of the covered places (or under its law) or everywhere else', () => {
  assert.ok(countries.length >= 249);
  const elsewhere = new Set(uncoveredCountries(countries, covered).map((c) => c.code));
  for (const c of countries) assert.equal(elsewhere.has(c.code), !covered.has(c.lawOf), c.code);
});

test('territories follow the law that applies there, not the flag', () => {
  const elsewhere = new Set(uncoveredCountries(countries, covered).map((c) => c.code));
  for (const code of ['RE', 'GP', 'MQ', 'GF', 'YT', 'MF', 'AX']) assert.ok(!elsewhere.has(code), code);
  for (const code of ['FO', 'GL', 'JE', 'GG', 'IM', 'GI', 'US', 'IN', 'BR', 'JP', 'CN', 'TW', 'MO']) assert.ok(elsewhere.has(code), code);
});

test('a covered place answers to its own names, its territories’ and the hand-written ones, in both languages', () => {
  const france = coveredPlaceNames('FR', ['Paris'], countries);
  for (const name of ['France', '法國', 'Réunion', '留尼旺', 'Paris']) assert.ok(france.includes(name), name);
  const uk = coveredPlaceNames('GB', ['England'], countries);
  for (const name of ['United Kingdom', 'Great Britain', 'GB', '英國', 'England']) assert.ok(uk.includes(name), name);
});

test('names are built from data, never the reader’s browser, and include what readers type', () => {
  const names = uncoveredNames(countries, covered);
  for (const name of ['United States', 'USA', 'India', 'Brazil', 'Japan', '美國', '印度', '巴西', '日本', '美国'])
    assert.ok(names.includes(name), name);
  assert.ok(!names.includes('Germany') && !names.includes('Hong Kong'));
});

test('other names go into metadata, except Chinese names on a page in Chinese, which stay in its text', () => {
  const names = ['Holland', '荷蘭', '尼德蘭', 'NL'];
  assert.deepEqual(namesByIndexPlace(names, 'en'), { text: [], metadata: names });
  assert.deepEqual(namesByIndexPlace(names, 'zh-Hant-HK'), { text: ['荷蘭', '尼德蘭'], metadata: ['Holland', 'NL'] });
});
