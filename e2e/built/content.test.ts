import { test } from 'node:test';
import assert from 'node:assert/strict';
import { builtPages, mainOf, plainText, textsOf } from '../support/site.ts';
import { LOCALES, localePath } from '../support/locales.ts';
import { faqs } from '../../src/data/faqs.ts';
import { timeline } from '../../src/data/timeline.ts';
import { linkedinLabels, linkedinUrls, linkedinUrlText } from '../../src/data/linkedin.ts';
import { dateSortKey, formatDate, formatMonth } from '../../src/lib/dates.ts';
import { localeRecords } from '../../src/lib/i18n.ts';

// What the FAQ, the timeline and the opt-out page say, read from the build without a browser: the HTML is what a reader
// without JavaScript gets, and what the islands start from. Their behaviour is e2e/content.spec.ts's.
const html = new Map(builtPages().map((p) => [p.path, p.html]));
const page = (locale: (typeof LOCALES)[number], route: string) => {
  const found = html.get(localePath(locale, route));
  assert.ok(found, localePath(locale, route));
  return found;
};
const event = (id: string) => {
  const found = timeline.find((e) => e.id === id);
  assert.ok(found, `no timeline event ${id} in src/data/timeline.ts`);
  return found;
};

for (const locale of LOCALES) {
  test(`${locale}: every FAQ question is a heading with its anchor, in the data's order`, () => {
    const main = mainOf(page(locale, 'faq/'));
    const entries = main.match(/class="faq-entry[\s\S]*/)?.[0] ?? '';
    const headings = [...entries.matchAll(/class="faq-entry[^>]*>\s*<h2\b[^>]*\sid="([^"]+)"[^>]*>([\s\S]*?)<\/h2>/g)].map((m) => ({
      id: m[1],
      text: plainText(m[2] ?? ''),
    }));
    assert.deepEqual(
      headings,
      faqs.map((f) => ({ id: f.id, text: f.question[locale] })),
    );
  });

  test(`${locale}: the FAQ JSON-LD parses, is in the page’s language and matches the visible questions`, () => {
    const raw = page(locale, 'faq/').match(/<script type="application\/ld\+json">([\s\S]*?)<\/script>/)?.[1] ?? '{}';
    const data = JSON.parse(raw) as {
      '@type': string;
      inLanguage: string;
      mainEntity: { name: string; url: string; acceptedAnswer: { text: string } }[];
    };
    assert.equal(data['@type'], 'FAQPage');
    assert.equal(data.inLanguage, localeRecords[locale].htmlLang);
    assert.deepEqual(
      data.mainEntity.map((q) => q.name),
      faqs.map((f) => f.question[locale]),
    );
    assert.match(data.mainEntity[0]?.url ?? '', new RegExp(`${localePath(locale, 'faq/')}#${faqs[0]?.id}$`));
    for (const q of data.mainEntity) {
      assert.ok(q.acceptedAnswer.text.length > 40, q.name);
      assert.doesNotMatch(q.acceptedAnswer.text, /\]\(|<a /, q.name);
    }
  });

  test(`${locale}: the timeline is an ordered list in date order with valid datetimes, dated in the page’s language`, () => {
    const list = page(locale, 'timeline/').match(/<ol class="timeline[\s\S]*?<\/ol>/)?.[0] ?? '';
    const items = [...list.matchAll(/<li id="([^"]+)"[\s\S]*?(?=<li id=|<\/ol>)/g)].map((m) => ({ id: m[1] ?? '', html: m[0] }));
    assert.deepEqual(
      items.map((i) => i.id),
      timeline.map((e) => e.id),
    );
    const starts = items.map((i) => i.html.match(/<time datetime="([^"]*)"/)?.[1] ?? '');
    for (const d of starts) assert.match(d, /^\d{4}-\d{2}(-\d{2})?$/);
    const keys = starts.map(dateSortKey);
    assert.deepEqual([...keys].sort(), keys);
    const times = (id: string) => textsOf(items.find((i) => i.id === id)?.html ?? '', 'time');
    // A day, a month-to-month period and a label of the data's own ("Late October 2025", "2025年10月下旬").
    const effect = event('change-takes-effect');
    assert.deepEqual(times(effect.id), [formatDate(effect.date, locale)]);
    assert.ok(textsOf(items.find((i) => i.id === effect.id)?.html ?? '', 'h2').includes(effect.title[locale]), effect.title[locale]);
    const engagement = event('pcpd-engagement');
    assert.deepEqual(times(engagement.id), [formatMonth(engagement.date, locale), formatMonth(engagement.endDate ?? '', locale)]);
    const reminder = event('pcpd-reminder');
    assert.deepEqual(times(reminder.id), [reminder.dateLabel?.[locale] ?? '']);
  });

  test(`${locale}: the opt-out steps are lists that stay lists for screen readers`, () => {
    // Safari drops list semantics when markers are hidden; role="list" keeps "list, 4 items" in VoiceOver.
    const steps = [...mainOf(page(locale, 'opt-out/')).matchAll(/class="steps[^"]*"[^>]*>\s*<ol\b([^>]*)>/g)].map((m) => m[1] ?? '');
    assert.ok(steps.length > 0, 'step lists');
    for (const attrs of steps) assert.match(attrs, /role="list"/);
  });
}

test('the opt-out page gives the real labels and the direct link', () => {
  const main = mainOf(page('en', 'opt-out/'));
  const links = [...main.matchAll(/<a\b[^>]*href="([^"]*)"[^>]*>([\s\S]*?)<\/a>/g)].map((m) => ({
    href: m[1],
    text: plainText(m[2] ?? ''),
  }));
  assert.ok(
    links.some((l) => l.text === linkedinUrlText('aiSetting') && l.href === linkedinUrls.aiSetting),
    'the direct link',
  );
  const text = plainText(main);
  assert.ok(text.includes(linkedinLabels.aiSetting), linkedinLabels.aiSetting);
  assert.ok(text.includes(linkedinLabels.aiToggle), linkedinLabels.aiToggle);
  // The press's names appear once, where they are corrected.
  assert.equal(text.split('Generative AI Data Enhancement').length - 1, 1);
});
