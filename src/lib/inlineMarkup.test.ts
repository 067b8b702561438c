import { test } from 'node:test';
import assert from 'node:assert/strict';
import { latinRuns, plainText, renderInline } from './inlineMarkup.ts';

const resolve = (p: string) => `/guide${p}`;

test('internal links resolve through the base; external ones get rel noopener noreferrer', () => {
  assert.equal(renderInline('See [the steps](/opt-out/).', resolve), 'See <a href="/guide/opt-out/">the steps</a>.');
  assert.equal(
    renderInline('[form](https://www.linkedin.com/help/linkedin/ask/TS-DPRO)', resolve),
    '<a href="https://www.linkedin.com/help/linkedin/ask/TS-DPRO" rel="noopener noreferrer">form</a>',
  );
});

test('everything else is escaped, so data can never inject markup', () => {
  assert.equal(renderInline('<script>alert(1)</script> & "q"', resolve), '&lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;q&quot;');
  assert.equal(renderInline('[<b>x</b>](/a/)', resolve), '<a href="/guide/a/">&lt;b&gt;x&lt;/b&gt;</a>');
});

test('plainText keeps link labels for JSON-LD', () => {
  assert.equal(plainText('Read [the timeline](/timeline/) now.'), 'Read the timeline now.');
});

test('plainText, standing alone, gives a LinkedIn label its noun and, the first time only, its meaning', () => {
  assert.equal(
    plainText('填寫{linkedin:objectionForm}，或把開關調至{linkedin:off}；{linkedin:off}即關閉。', 'zh-hk'),
    '填寫Data Processing Objection表格（資料處理反對表格），或把開關調至Off（關閉）；Off即關閉。',
  );
  assert.equal(plainText('Switch it to {linkedin:off}.', 'en'), 'Switch it to Off.');
  assert.equal(
    plainText('{once:pcpd}指出甲，{once:pcpd}指出乙。', 'zh-hk'),
    '個人資料私隱專員公署（私隱專員公署）指出甲，私隱專員公署指出乙。',
  );
});

test('{en:…} marks English words inside Chinese text', () => {
  assert.equal(renderInline('關閉{en:Use my data}設定', resolve), '關閉<span lang="en">Use my data</span>設定');
  assert.equal(
    renderInline('[{en:Data privacy}](/opt-out/)', resolve),
    '<a href="/guide/opt-out/"><span lang="en">Data privacy</span></a>',
  );
  assert.equal(renderInline('{en:<b>}', resolve), '<span lang="en">&lt;b&gt;</span>');
  assert.equal(plainText('關閉{en:Use my data}設定'), '關閉Use my data設定');
});

test('latinRuns marks the English inside Chinese text, whole names and labels at a time', () => {
  assert.deepEqual(latinRuns('會員可透過「Data for Generative AI Improvement」設定'), [
    { text: '會員可透過「', latin: false },
    { text: 'Data for Generative AI Improvement', latin: true },
    { text: '」設定', latin: false },
  ]);
  assert.deepEqual(latinRuns('(a) 目的'), [
    { text: '(', latin: false },
    { text: 'a', latin: true },
    { text: ') 目的', latin: false },
  ]);
  assert.deepEqual(latinRuns('全中文'), [{ text: '全中文', latin: false }]);
});
