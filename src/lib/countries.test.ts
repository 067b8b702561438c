import { test } from 'node:test';
import assert from 'node:assert/strict';
import { countryNames, hongKongForm } from './countries.ts';

const zh = (code: string) => countryNames().find((c) => c.code === code);

test('country names on Chinese pages are Hong Kong’s forms, not Taiwan’s or the long official ones', () => {
  assert.equal(zh('CD')?.name['zh-hk'], '剛果（金沙薩）');
  assert.equal(zh('PW')?.name['zh-hk'], '帕勞');
  assert.equal(zh('KI')?.name['zh-hk'], '基里巴斯');
  assert.equal(zh('TN')?.name['zh-hk'], '突尼斯');
  assert.equal(zh('MO')?.name['zh-hk'], '澳門');
  assert.equal(zh('PS')?.name['zh-hk'], '巴勒斯坦');
});

test('the CLDR form stays an alias, so a reader who types it still finds the place', () => {
  assert.ok(zh('PW')?.aliases['zh-hk'].includes('帛琉'));
});

test('compound names join with 及 and brackets are full-width', () => {
  assert.equal(hongKongForm('安提瓜和巴布達'), '安提瓜及巴布達');
  assert.equal(hongKongForm('中非共和國'), '中非共和國');
  assert.equal(hongKongForm('多米尼加共和國'), '多米尼加共和國');
  assert.equal(hongKongForm('科科斯 (基林) 群島'), '科科斯（基林）群島');
  assert.ok(
    countryNames().every((c) => !/[()]|(?<!共)和/.test(c.name['zh-hk'])),
    'no half-width bracket or 和 (but that of 共和國) in any name',
  );
});
