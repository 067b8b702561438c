import { test } from 'node:test';
import assert from 'node:assert/strict';
import { citationProblems, type CitableSource } from './citationIntegrity.ts';

const sources: CitableSource[] = [
  { id: 'report', unquotable: false },
  { id: 'settings', unquotable: true },
];
const passages = [{ id: 'report#first' }, { id: 'report#second' }];
const both = (...ids: string[]) =>
  new Map([
    ['en', new Set(ids)],
    ['zh-hk', new Set(ids)],
  ]);

test('a site whose every citation names an existing passage, in both languages, has no problems', () => {
  assert.deepEqual(citationProblems({ sources, passages, cited: both('report#first', 'report#second', 'settings') }), []);
});

test('a bare source id is allowed only for a source that cannot be quoted', () => {
  assert.deepEqual(citationProblems({ sources, passages, cited: both('report', 'report#first', 'report#second', 'settings') }), [
    '"report" cites a source without naming the passage that supports the claim',
  ]);
});

test('a citation of a passage or source that does not exist is caught', () => {
  const problems = citationProblems({
    sources,
    passages,
    cited: both('report#first', 'report#second', 'settings', 'report#third', 'gone#x'),
  });
  assert.deepEqual(problems, ['"gone#x" cites a source that does not exist', '"report#third" names a passage that does not exist']);
});

test('a passage cited in one language only is caught', () => {
  const cited = new Map([
    ['en', new Set(['report#first', 'report#second', 'settings'])],
    ['zh-hk', new Set(['report#first', 'settings'])],
  ]);
  assert.deepEqual(citationProblems({ sources, passages, cited }), ['"report#second" is cited in en but not in zh-hk']);
});

test('orphans are caught: a passage or a source nothing cites', () => {
  assert.deepEqual(citationProblems({ sources, passages, cited: both('report#first') }), [
    'passage "report#second" is cited nowhere',
    'source "settings" is cited nowhere',
  ]);
});

test('a passage and its counterpart in another language count as one citation', () => {
  const paired = [
    { id: 'report#first' },
    { id: 'report#second', counterpart: 'report#second-zh' },
    { id: 'report#second-zh', counterpart: 'report#second' },
  ];
  const cited = new Map([
    ['en', new Set(['report#first', 'report#second', 'settings'])],
    ['zh-hk', new Set(['report#first', 'report#second-zh', 'settings'])],
  ]);
  assert.deepEqual(citationProblems({ sources, passages: paired, cited }), []);
  // Without the pair, the same pages cite each passage in one language only.
  const unpaired = paired.map(({ id }) => ({ id }));
  assert.deepEqual(citationProblems({ sources, passages: unpaired, cited }), [
    '"report#second" is cited in en but not in zh-hk',
    '"report#second-zh" is cited in zh-hk but not in en',
  ]);
});

test('a counterpart that does not exist is caught', () => {
  const passages2 = [{ id: 'report#first', counterpart: 'report#gone' }, { id: 'report#second' }];
  assert.deepEqual(citationProblems({ sources, passages: passages2, cited: both('report#first', 'report#second', 'settings') }), [
    'passage "report#first" names a counterpart "report#gone" that does not exist',
  ]);
});
