import { test } from 'node:test';
import assert from 'node:assert/strict';
import { feedItems, feedPath, updateAnchor } from './updateFeed.ts';

const updates = [
  { date: '2026-01-02', routes: ['/a/', '/b/*'], text: { en: 'Fixed A. More words.', 'zh-hk': '修正甲。更多。' } },
  { date: '2026-03-04', routes: ['/b/'], text: { en: 'Added B', 'zh-hk': '新增乙' } },
];
const pageUrl = (route: string) => `https://example.org${route}`;
const pagesLine = (routes: readonly string[]) => `Pages: ${routes.join(', ')}`;

test('feed items are newest first, titled by their first sentence, linked to the update on its first page', () => {
  const items = feedItems(updates, 'en', pageUrl, pagesLine);
  assert.deepEqual(
    items.map((i) => [i.title, i.link]),
    [
      ['Added B', 'https://example.org/b/#update-2026-03-04-2'],
      ['Fixed A.', 'https://example.org/a/#update-2026-01-02-1'],
    ],
  );
  assert.equal(items[1]?.description, 'Fixed A. More words. Pages: /a/, /b/*');
  assert.equal(items[1]?.pubDate.toISOString(), '2026-01-01T16:00:00.000Z');
});

test('Chinese titles end at the first full stop', () => {
  assert.equal(feedItems(updates, 'zh-hk', pageUrl, pagesLine)[1]?.title, '修正甲。');
});

test('an update must name a page before any pattern, so its feed item has somewhere to link', () => {
  assert.throws(
    () => feedItems([{ date: '2026-01-01', routes: ['/b/*'], text: { en: 'x', 'zh-hk': 'x' } }], 'en', pageUrl, pagesLine),
    /must be a page/,
  );
});

test('anchors are unique per update, and each language has its own feed', () => {
  assert.equal(updateAnchor(0, '2026-11-29'), 'update-2026-11-29-1');
  assert.equal(feedPath('en', 'en'), 'updates.xml');
  assert.equal(feedPath('zh-hk', 'en'), 'zh-hk/updates.xml');
});

test('an update whose Chinese text opens with its label joins it to the date with no colon', async () => {
  const { afterUpdateDate } = await import('./updateFeed.ts');
  assert.equal(afterUpdateDate('zh-hk', '更正：連結至…'), '');
  assert.equal(afterUpdateDate('zh-hk', '每個引用現在都…'), '：');
  assert.equal(afterUpdateDate('en', 'Corrected: the link…'), ': ');
});
