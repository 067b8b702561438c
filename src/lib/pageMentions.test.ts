import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mentionHtml, labelsScopeStart, mentionScopeEnd, mentionScopeStart, settleMentions } from './pageMentions.ts';
import { glossHtml, renderInline } from './inlineMarkup.ts';

const label = mentionHtml('label.off', '（關閉）', '');
const notice = { key: 'euNotice', text: '《通知》', firstHtml: '《通知》（<span lang="en">Notice</span>）' };

test('a name is said in full at its first mention on the page, short after', () => {
  assert.equal(settleMentions(`<p>Off${label}，再Off${label}</p>`), '<p>Off（關閉），再Off</p>');
});

test('a scope (one tab) starts from what the page has said, and what it says stays inside', () => {
  const html = `<p>A${mentionHtml('a', '(a)', '')}</p>${mentionScopeStart}A${mentionHtml('a', '(a)', '')} B${mentionHtml('b', '(b)', '')}${mentionScopeEnd}${mentionScopeStart}B${mentionHtml('b', '(b)', '')}${mentionScopeEnd}B${mentionHtml('b', '(b)', '')}`;
  assert.equal(settleMentions(html), '<p>A(a)</p>A B(b)B(b)B(b)');
});

test('a name written plainly is completed at its first mention in the text, not in the head, attributes or scripts', () => {
  const html = `<head><title>《通知》</title></head><body><p title="《通知》">見<script>"《通知》"</script>《通知》及《通知》</p><p>《通知》</p></body>`;
  assert.equal(
    settleMentions(html, [notice]),
    `<head><title>《通知》</title></head><body><p title="《通知》">見<script>"《通知》"</script>《通知》（<span lang="en">Notice</span>）及《通知》</p><p>《通知》</p></body>`,
  );
});

test('a name kept to prose is completed once a page, in the first sentence after the title, also inside a mention’s own words; not in the header, navigation, a link, a heading, a quotation, or again in an update', () => {
  const brand = { key: 'linkedIn', text: '領英', firstHtml: '領英（<span lang="en">LinkedIn</span>）', inProse: true };
  const html = `<header><a>關閉領英AI訓練</a></header><main><h1>領英與AI</h1><nav><a>領英何時？</a></nav><blockquote><p>歡迎領英暫停</p></blockquote><h2 id="a">領英會否？</h2><p><a class="button">前往領英</a>據<q>領英說</q>，領英表示</p><p>領英</p><mention-scope data-fresh><p>領英</p></mention-scope></main>`;
  assert.equal(
    settleMentions(html, [brand]),
    `<header><a>關閉領英AI訓練</a></header><main><h1>領英與AI</h1><nav><a>領英何時？</a></nav><blockquote><p>歡迎領英暫停</p></blockquote><h2 id="a">領英會否？</h2><p><a class="button">前往領英</a>據<q>領英說</q>，領英（<span lang="en">LinkedIn</span>）表示</p><p>領英</p><p>領英</p></main>`,
  );
  const attribution = mentionHtml('press', '據<span lang="en">TechRadar</span>引述的領英說明', '據報道');
  assert.equal(
    settleMentions(`<h1>領英</h1><p>${attribution}，領英表示</p>`, [brand]),
    '<h1>領英</h1><p>據<span lang="en">TechRadar</span>引述的領英（<span lang="en">LinkedIn</span>）說明，領英表示</p>',
  );
});

test('a name its writer already followed by a bracket counts as said in full, and is not completed again', () => {
  const html = `<p>聯絡《通知》（<span lang="en">Notice</span>）。</p><p>《通知》</p>`;
  assert.equal(settleMentions(html, [notice]), html);
});

test('an island template (an answer shown on its own) explains its names afresh, and they stay inside', () => {
  const on = mentionHtml('label.on', '（開啟）', '');
  assert.equal(
    settleMentions(`<p>Off${label}</p><template id="t"><p>Off${label}On${on}On${on}</p></template><p>On${on}</p>`),
    '<p>Off（關閉）</p><template id="t"><p>Off（關閉）On（開啟）On</p></template><p>On（開啟）</p>',
  );
});

test('unbalanced scopes fail the build', () => {
  assert.throws(() => settleMentions(`${mentionScopeStart}<p>x</p>`));
  assert.throws(() => settleMentions(`<p>x</p>${mentionScopeEnd}`));
});

test('{once:…} in data gives a term in full the first time, short after: the PCPD as the PCPD names itself', () => {
  const settled = settleMentions(renderInline('{once:pcpd}指出甲。{once:pcpd}指出乙。', (p) => p, 'zh-hk'));
  assert.equal(settled, '個人資料私隱專員公署（私隱專員公署）指出甲。私隱專員公署指出乙。');
});

test('the press-quoted attribution names both outlets and both documents at every mention, as the English does', () => {
  const settled = settleMentions(renderInline('據{once:pressQuotedNotes}，甲。據{once:pressQuotedNotes}，乙。', (p) => p, 'zh-hk'));
  const full = '<span lang="en">TechRadar</span>及<span lang="en">The Register</span>引述的領英說明頁及更新通知';
  assert.equal(settled, `據${full}，甲。據${full}，乙。`);
});
test('a hand-written gloss explains a LinkedIn label like the rest of the page', () => {
  const html = settleMentions(
    `${renderInline('{linkedin:dataSharing}', (p) => p, 'zh-hk')}${glossHtml('會員可透過Data sharing（資料分享）設定關閉，見Meta。', 'zh-hk')}`,
  );
  assert.equal(
    html,
    '<span lang="en">Data sharing</span>（資料分享）會員可透過<span lang="en">Data sharing</span>設定關閉，見<span lang="en">Meta</span>。',
  );
});

test('a platform tab explains LinkedIn’s labels again, and takes the page’s other names as said', () => {
  const pcpd = mentionHtml('pcpd', '個人資料私隱專員公署（私隱專員公署）', '私隱專員公署');
  const settled = settleMentions(`${pcpd}。Off${label}。${labelsScopeStart}${pcpd}。Off${label}。${mentionScopeEnd}Off${label}。`);
  assert.equal(settled, '個人資料私隱專員公署（私隱專員公署）。Off（關閉）。私隱專員公署。Off（關閉）。Off。');
});
