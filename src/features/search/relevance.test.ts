import { test } from 'node:test';
import assert from 'node:assert/strict';
import { answers, firstHit, score, scoreBy, sitePath } from './relevance.ts';

test('result URLs become site paths, without base or query', () => {
  assert.equal(sitePath('/guide/faq/?highlight=x#private-messages', '/guide/'), '/faq/#private-messages');
  assert.equal(sitePath('http://localhost:4321/opt-out/'), '/opt-out/');
});

test('a page target matches the page; an anchored target needs that heading among those shown', () => {
  const faq = { url: '/faq/?highlight=inbox', subUrls: ['/faq/?highlight=inbox#private-messages', '/faq/#what-data'] };
  assert.equal(answers(faq, '/faq/'), true);
  assert.equal(answers(faq, '/faq/#private-messages'), true);
  assert.equal(answers(faq, '/faq/#under-18'), false);
  assert.equal(answers(faq, '/opt-out/'), false);
});

test('the rank is that of the first result answering any target, 0 for none', () => {
  const results = [
    { url: '/regions/germany/', subUrls: [] },
    { url: '/opt-out/', subUrls: [] },
  ];
  assert.equal(firstHit(results, ['/opt-out/', '/faq/#how-do-i-opt-out']), 2);
  assert.equal(firstHit(results, ['/timeline/']), 0);
});

test('success@1, success@3 and MRR', () => {
  assert.deepEqual(score([1, 2, 4, 0]), { n: 4, at1: 0.25, at3: 0.5, mrr: (1 + 0.5 + 0.25) / 4 });
  assert.deepEqual(score([]), { n: 0, at1: 0, at3: 0, mrr: 0 });
  const rows = [
    { lang: 'en', rank: 1 },
    { lang: 'zh-hk', rank: 0 },
    { lang: 'en', rank: 3 },
  ];
  assert.deepEqual(
    scoreBy(
      rows,
      (r) => r.lang,
      (r) => r.rank,
    ).map(([k, s]) => [k, s.at1, s.at3]),
    [
      ['en', 0.5, 1],
      ['zh-hk', 0, 0],
    ],
  );
});
