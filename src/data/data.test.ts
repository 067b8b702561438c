import { test } from 'node:test';
import assert from 'node:assert/strict';
import { timeline } from './timeline.ts';
import { faqs } from './faqs.ts';
import { sources, getSource } from './sources.ts';
import { regions } from './regions.ts';
import { dateSortKey } from '../lib/dates.ts';

test('every cited source id exists', () => {
  const cited = [...timeline.flatMap((e) => e.sources), ...faqs.flatMap((f) => f.sources), ...regions.flatMap((r) => r.sources)];
  for (const id of cited) assert.doesNotThrow(() => getSource(id), id);
});

test('every source is cited somewhere in the data or the pages', async () => {
  const { readdir, readFile } = await import('node:fs/promises');
  const dir = new URL('../', import.meta.url);
  const files: string[] = [];
  const walk = async (d: URL) => {
    for (const e of await readdir(d, { withFileTypes: true })) {
      if (e.isDirectory()) await walk(new URL(`${e.name}/`, d));
      else if (/\.(mdx|astro|ts)$/.test(e.name) && !e.name.endsWith('.test.ts') && e.name !== 'sources.ts')
        files.push(await readFile(new URL(e.name, d), 'utf8'));
    }
  };
  await walk(dir);
  const text = files.join('\n');
  for (const s of sources) assert.ok(text.includes(s.id), `${s.id} is never cited`);
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
