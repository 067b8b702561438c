import { test } from 'node:test';
import assert from 'node:assert/strict';
import { timeline } from './timeline.ts';
import { faqs } from './faqs.ts';
import { getSource } from './sources.ts';
import { resolveCitation } from './citations.ts';
import { passages } from './passages.ts';
import { updates } from './updates.ts';
import { regions } from './regions.ts';
import { dateSortKey } from '../lib/dates.ts';

test('every citation in the data names a passage or a source that exists', () => {
  const cited = [...timeline.flatMap((e) => e.sources), ...faqs.flatMap((f) => f.sources), ...regions.flatMap((r) => r.sources)];
  for (const id of cited) assert.doesNotThrow(() => resolveCitation(id), id);
});

// Whether every source and passage is cited, in both languages, is checked over the built pages, where MDX and
// components are seen too: src/integrations/citationIntegrity.ts fails the build otherwise.

test('passages have unique ids and belong to a source that exists', () => {
  assert.equal(new Set(passages.map((p) => p.id)).size, passages.length);
  for (const p of passages) assert.doesNotThrow(() => getSource(p.id.split('#')[0] ?? ''), p.id);
});

test('an update names a page first, so its feed item has a page to link to', () => {
  for (const u of updates) assert.ok(!u.routes[0]?.includes('*'), `update of ${u.date}: ${u.routes[0]}`);
});

test('the timeline is in date order with unique ids', () => {
  const keys = timeline.map((e) => dateSortKey(e.date));
  assert.deepEqual([...keys].sort(), keys);
  assert.equal(new Set(timeline.map((e) => e.id)).size, timeline.length);
  assert.equal(timeline[0]?.date, '2024-09-18');
  assert.ok(
    timeline.some((e) => e.date === '2025-11-07'),
    'runs at least to 7 November 2025',
  );
  assert.ok(
    timeline.some((e) => e.date === '2024-10' && e.endDate === '2025-04'),
    'Hong Kong’s October 2024 – April 2025 period',
  );
});

test('the FAQ has at least 15 questions with unique, stable anchors', () => {
  assert.ok(faqs.length >= 15);
  assert.equal(new Set(faqs.map((f) => f.id)).size, faqs.length);
  for (const id of ['can-i-undo-it', 'private-messages', 'under-18', 'opted-out-in-2024', 'delete-account', 'complain']) {
    assert.ok(
      faqs.some((f) => f.id === id),
      id,
    );
  }
});

test('the press names of the setting appear only where they are corrected', () => {
  const text = JSON.stringify([timeline, faqs, regions]);
  assert.ok(!text.includes('Generative AI Data Enhancement'));
  assert.ok(!text.includes('Use my data for AI content creation models'));
});
