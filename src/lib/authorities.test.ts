import { test } from 'node:test';
import assert from 'node:assert/strict';
import { authorityLabel, complaintHref } from './authorities.ts';
import { regions } from '../data/regions.ts';
import { authoritySchema } from '../data/schema.ts';

const cnil = {
  name: { en: 'Commission nationale de l’informatique et des libertés', 'zh-hk': '法國國家資訊及自由委員會' },
  abbr: 'CNIL',
  url: 'https://www.cnil.fr/',
};

test('an authority is named in the page’s language first, then by its own name and abbreviation', () => {
  assert.equal(authorityLabel(cnil, 'en'), 'Commission nationale de l’informatique et des libertés (CNIL)');
  assert.equal(
    authorityLabel(cnil, 'zh-hk'),
    '法國國家資訊及自由委員會（{en:Commission nationale de l’informatique et des libertés, CNIL}）',
  );
});

test('an authority whose Chinese name is its own official one is named without an original beside it', () => {
  const pcpd = regions.find((r) => r.slug === 'hong-kong')?.authorities?.[0];
  assert.ok(pcpd);
  assert.equal(authorityLabel(pcpd, 'zh-hk'), '個人資料私隱專員公署');
  assert.equal(authorityLabel(pcpd, 'en'), 'Office of the Privacy Commissioner for Personal Data (PCPD)');
});

test('an authority without a Chinese name is refused', () => {
  assert.equal(authoritySchema.safeParse({ ...cnil, name: { en: cnil.name.en } }).success, false);
});

test('readers are sent to the complaint page where there is one', () => {
  assert.equal(complaintHref(cnil), 'https://www.cnil.fr/');
  assert.equal(complaintHref({ ...cnil, complaintUrl: 'https://www.cnil.fr/plaintes' }), 'https://www.cnil.fr/plaintes');
});

test('Germany lists the authority of each of its 16 states for companies, Bavaria’s being the BayLDA', () => {
  const germany = regions.find((r) => r.slug === 'germany');
  assert.equal(germany?.authorities?.length, 16);
  assert.ok(germany?.authorities?.every((a) => a.area));
  assert.equal(germany?.authorities?.find((a) => a.area?.en === 'Bavaria')?.abbr, 'BayLDA');
  assert.ok(!germany?.authorities?.some((a) => a.abbr === 'BfDI'), 'the federal commissioner does not supervise LinkedIn');
});

test('every covered place names an authority in both languages; everywhere else names none', () => {
  for (const r of regions) {
    if (r.group === 'elsewhere') assert.equal(r.authorities, undefined);
    else for (const a of r.authorities ?? []) assert.match(a.name['zh-hk'], /\p{Script=Han}/u, r.slug);
  }
});

test('on a Chinese page, an English gloss in the name is left out, so brackets never nest', () => {
  const label = authorityLabel(
    {
      name: { en: 'Datenschutzstelle (Data Protection Authority)', 'zh-hk': '列支敦士登資料保障辦公室' },
      url: 'https://www.datenschutzstelle.li/',
    },
    'zh-hk',
  );
  assert.equal(label, '列支敦士登資料保障辦公室（{en:Datenschutzstelle}）');
});
