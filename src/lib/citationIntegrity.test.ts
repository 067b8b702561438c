import { test } from 'node:test';
import assert from 'node:assert/strict';
import { citationProblems, type CitableSource } from './citationIntegrity.ts';

const sources: CitableSource[] = [
  { id: 'report', unquotable: false },
  { id: 'settings', unquotable: true },
];
const passages = ['report#first', 'report#second'];
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
