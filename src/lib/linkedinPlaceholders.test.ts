import { test } from 'node:test';
import assert from 'node:assert/strict';
import { linkedinLabelLangOn, linkedinPlaceholderNames, resolveLinkedIn } from './linkedinPlaceholders.ts';
import { plainText, renderInline } from './inlineMarkup.ts';
import { settleMentions } from './pageMentions.ts';
import { linkedinLabels, linkedinUrls, linkedinUrlText } from '../data/linkedin.ts';

const resolve = (p: string) => `/guide${p}`;
const plain = { markLabels: false };
const marked = { markLabels: true };

test('labels come out as plain text, or as {en:…} markup for pages not in English', () => {
  assert.equal(resolveLinkedIn('Switch “{linkedin:aiToggle}” to {linkedin:off}.', plain), `Switch “${linkedinLabels.aiToggle}” to Off.`);
  assert.equal(
    resolveLinkedIn('把「{linkedin:aiToggle}」調至「{linkedin:off}」', marked),
    `把「{en:${linkedinLabels.aiToggle}}」調至「{en:Off}」`,
  );
});

test('URLs come out as they are, marked or not, and as printed text', () => {
  for (const options of [plain, marked]) {
    assert.equal(
      resolveLinkedIn('[{linkedin:aiSettingUrlText}]({linkedin:aiSettingUrl})', options),
      '[linkedin.com/mypreferences/d/settings/data-for-ai-improvement](https://www.linkedin.com/mypreferences/d/settings/data-for-ai-improvement)',
    );
  }
  assert.equal(linkedinUrlText('objectionForm'), 'linkedin.com/help/linkedin/ask/TS-DPRO');
});

test('text without placeholders is left alone', () => {
  const text = '開啟「{en:Settings}」[直接連結](https://example.org/{x})';
  assert.equal(resolveLinkedIn(text, marked), text);
});

test('an unknown or unclosed placeholder throws, naming it', () => {
  assert.throws(() => resolveLinkedIn('Switch {linkedin:aiToggel} off', plain), /Unknown placeholder \{linkedin:aiToggel\}/);
  assert.throws(() => resolveLinkedIn('{linkedin:}', plain), /Unknown placeholder/);
  assert.throws(() => resolveLinkedIn('{linkedin:aiSettingURL}', plain), /Unknown placeholder/);
  assert.throws(() => resolveLinkedIn('Switch {linkedin:aiToggle off', plain), /Unclosed/);
  assert.throws(() => renderInline('{linkedin:nope}', resolve, 'zh-hk'), /Unknown placeholder/);
  assert.throws(() => plainText('{linkedin:nope}'), /Unknown placeholder/);
});

test('every label and URL has a placeholder, and no label can break the inline markup around it', () => {
  for (const name of Object.keys(linkedinLabels)) assert.ok(linkedinPlaceholderNames.includes(name), name);
  for (const name of Object.keys(linkedinUrls)) {
    assert.ok(linkedinPlaceholderNames.includes(`${name}Url`), name);
    assert.ok(linkedinPlaceholderNames.includes(`${name}UrlText`), name);
  }
  for (const label of Object.values(linkedinLabels)) assert.match(label, /^[^{}[\]]+$/, label);
  for (const url of Object.values(linkedinUrls)) assert.match(url, /^https:\/\/www\.linkedin\.com\/[^\s()]+$/, url);
});

test('renderInline marks labels lang="en" on Chinese pages only, and escapes them', () => {
  assert.equal(renderInline('Choose {linkedin:settingsAndPrivacy}.', resolve, 'en'), 'Choose Settings &amp; Privacy.');
  assert.equal(renderInline('Choose {linkedin:settingsAndPrivacy}.', resolve), 'Choose Settings &amp; Privacy.');
  assert.equal(
    settleMentions(renderInline('選擇{linkedin:settingsAndPrivacy}', resolve, 'zh-hk')),
    '選擇<span lang="en">Settings &amp; Privacy</span>（設定及私隱）',
  );
  assert.equal(
    settleMentions(renderInline('前往[{linkedin:aiSetting}]({linkedin:aiSettingUrl})', resolve, 'zh-hk')),
    `前往<a href="${linkedinUrls.aiSetting}" rel="noopener noreferrer"><span lang="en">${linkedinLabels.aiSetting}</span>（用於改進生成式人工智能的資料）</a>`,
  );
});

test('plainText resolves placeholders without markup, for JSON-LD', () => {
  assert.equal(
    plainText('把「{linkedin:aiToggle}」調至「{linkedin:off}」：[直接連結]({linkedin:aiSettingUrl})'),
    `把「${linkedinLabels.aiToggle}」調至「Off」：直接連結`,
  );
});

test('a LinkedIn label needs lang="en" only on pages not in English', () => {
  assert.equal(linkedinLabelLangOn('en'), undefined);
  assert.equal(linkedinLabelLangOn(undefined), undefined);
  assert.equal(linkedinLabelLangOn('zh-hk'), 'en');
});

test('on a Chinese page every LinkedIn label is followed by its meaning in brackets, never quoted as LinkedIn’s wording', () => {
  for (const name of Object.keys(linkedinLabels)) {
    const html = settleMentions(renderInline(`{linkedin:${name}}`, resolve, 'zh-hk'));
    // Between the label and its meaning only the word a label may take (表格), never a quotation mark or a bracket.
    assert.match(html, /^<span lang="en">[^<]+<\/span>[^（）「」<]{0,2}（[^（）「」]+）$/, name);
  }
});

test('a label that names a thing but not what it is takes the page’s word for it before its meaning, never split', () => {
  const zh = settleMentions(renderInline('填寫{linkedin:objectionForm}，再次填寫{linkedin:objectionForm}', resolve, 'zh-hk'));
  assert.equal(
    zh,
    '填寫<span lang="en">Data Processing Objection</span>表格（資料處理反對表格），再次填寫<span lang="en">Data Processing Objection</span>表格',
  );
  assert.equal(renderInline('Use the {linkedin:objectionForm} form', resolve, 'en'), 'Use the Data Processing Objection form');
});
