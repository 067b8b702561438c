import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { regions } from '../../src/data/regions.ts';
import { locales } from '../../src/lib/i18n.ts';
import { vocabularyFile } from '../../src/lib/searchVocabulary.ts';
import type { VocabularyFile } from '../../src/lib/searchPlan.ts';
import { DIST } from '../support/site.ts';

// Search puts a named place's page first from the vocabulary's list of place pages. Pagefind records paths without
// the deployment base, so under /guide/ a list built from based URLs would come out empty.
test('the search vocabulary knows every place page in every language, under any base @smoke', () => {
  const places = regions.filter((r) => r.group !== 'elsewhere').length;
  for (const locale of locales) {
    const file = JSON.parse(readFileSync(path.join(DIST, 'pagefind', vocabularyFile(locale)), 'utf8')) as VocabularyFile;
    assert.equal(Object.keys(file.places).length, places, `${locale}: place pages`);
    assert.ok(file.words.length > 500, `${locale}: words`);
    assert.ok(file.pageCount > places, `${locale}: page count`);
  }
});
