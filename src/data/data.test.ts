import { test } from 'node:test';
import assert from 'node:assert/strict';
import { timeline } from './timeline.ts';
import { faqs } from './faqs.ts';
import { getSource } from './sources.ts';
import { resolveCitation } from '../features/citations/citations.ts';
import { passages } from './passages.ts';
import { updates } from './updates.ts';
import { regions } from './regions.ts';
import { regionGroups } from './schema.ts';
import { dateSortKey } from '../lib/dates.ts';

test('every citation in the data names a passage or a source that exists', () => {
  const cited = [...timeline.flatMap((e) => e.sources), ...faqs.flatMap((f) => f.sources)];
  for (const id of cited) assert.doesNotThrow(() => resolveCitation(id), id);
});

// Whether every source and passage is cited, in both languages, is checked over the built pages, where MDX and
// components are seen too: src/features/citations/integration.ts fails the build otherwise.

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

// The fact sheet, as invariants over the data. Tests of the pages (e2e/) read these values from the data rather than
// repeating them, so a correction is made here and in the data, once.
const covered = regions.filter((r) => r.group !== 'elsewhere');
const elsewhere = regions.find((r) => r.slug === 'elsewhere');

test('the data covers exactly the 34 jurisdictions of the fact sheet and everywhere else', () => {
  assert.equal(covered.length, 34);
  assert.equal(regions.length, 35);
  assert.equal(regions.filter((r) => r.group === 'elsewhere').length, 1);
  assert.equal(new Set(regions.map((r) => r.iso)).size, regions.length, 'ISO codes are unique');
  assert.equal(new Set(regions.map((r) => r.slug)).size, regions.length, 'slugs are unique');
});

test('there are 27 EU members, and Iceland, Liechtenstein and Norway make up the rest of the EEA', () => {
  assert.equal(regions.filter((r) => r.group === 'eu').length, 27);
  assert.deepEqual(
    regions
      .filter((r) => r.group === 'eea')
      .map((r) => r.slug)
      .sort(),
    ['iceland', 'liechtenstein', 'norway'],
  );
  for (const group of ['hong-kong', 'uk', 'canada', 'switzerland'] as const) {
    assert.equal(regions.filter((r) => r.group === group).length, 1, group);
  }
});

test('every covered jurisdiction has trainingSince 2025-11-03, the day the timeline says the change took effect', () => {
  assert.equal(timeline.find((e) => e.id === 'change-takes-effect')?.date, '2025-11-03');
  for (const r of covered) {
    assert.equal(r.trainingSince, '2025-11-03', r.slug);
    assert.ok(!r.trainingSinceAtTheLatest, `${r.slug}: a known date, not “at the latest”`);
  }
});

test('everywhere else: since 2024-09-18 at the latest, the day LinkedIn disclosed the practice, first in the timeline', () => {
  assert.equal(elsewhere?.trainingSince, '2024-09-18');
  assert.equal(elsewhere?.trainingSinceAtTheLatest, true);
  assert.equal(elsewhere?.authorities, undefined);
  assert.equal(timeline[0]?.id, 'training-starts-outside-europe');
  assert.equal(timeline[0]?.date, elsewhere?.trainingSince);
});

test('Hong Kong comes first: its own group, first in the checker’s order', () => {
  assert.equal(regionGroups[0], 'hong-kong');
  assert.deepEqual(
    regions.filter((r) => r.group === regionGroups[0]).map((r) => r.slug),
    ['hong-kong'],
  );
  assert.equal(regions.find((r) => r.slug === 'hong-kong')?.authorities?.[0]?.abbr, 'PCPD');
});

test('the timeline dates the pages show: the PCPD’s engagement and its late-October reminder', () => {
  const engagement = timeline.find((e) => e.id === 'pcpd-engagement');
  assert.deepEqual([engagement?.date, engagement?.endDate], ['2024-10', '2025-04']);
  const reminder = timeline.find((e) => e.id === 'pcpd-reminder');
  assert.equal(reminder?.date, '2025-10');
  assert.deepEqual(reminder?.dateLabel, { en: 'Late October 2025', 'zh-hk': '2025年10月下旬' });
});
