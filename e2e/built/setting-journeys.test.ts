import { test } from 'node:test';
import assert from 'node:assert/strict';
import { builtPages } from '../support/site.ts';
import {
  linkedinAppRoute,
  linkedinAppRouteCites,
  linkedinLabelCites,
  linkedinLabelMeanings,
  linkedinLabels,
  linkedinSettingUrl,
} from '../../src/data/linkedin.ts';
import { regions } from '../../src/data/regions.ts';
import { t } from '../../src/lib/ui.ts';
import { formatDate } from '../../src/lib/dates.ts';
import type { Locale } from '../../src/lib/i18n.ts';

// Issue 24's journeys, read from the build: what every button to the setting carries, where the checker's answers and
// /regions/ lead, and what the home page's "since" says. The browser side is e2e/journeys.spec.ts.
const html = new Map(builtPages().map((p) => [p.path, p.html]));
const page = (path: string) => {
  const found = html.get(path);
  assert.ok(found !== undefined, `${path} is built`);
  return found;
};
const text = (fragment: string) =>
  fragment
    .replace(/<sup[\s\S]*?<\/sup>/g, '')
    .replace(/<[^>]+>/g, '')
    .replace(/\s+/g, ' ')
    .trim();
const prefix = (locale: Locale) => (locale === 'en' ? '' : `/${locale}`);
const LOCALES: Locale[] = ['en', 'zh-hk'];

/**
 * The route as the line beside a button gives it: English labels, their meaning after them on Chinese pages at their
 * first mention on the page (src/lib/pageMentions.ts), so a later button's line gives them bare.
 */
const bareRoute = (locale: Locale) => linkedinAppRoute.map((name) => linkedinLabels[name]).join(t(locale, 'punct.path'));
const glossed = (locale: Locale, name: (typeof linkedinAppRoute)[number]) =>
  locale === 'en'
    ? linkedinLabels[name]
    : linkedinLabels[name] + t(locale, 'punct.open') + linkedinLabelMeanings[locale][name] + t(locale, 'punct.close');
/** The route with each label explained, unless `before` (the page's text above the line) has explained it already. */
const route = (locale: Locale, before = '') =>
  linkedinAppRoute
    .map((name) => (before.includes(glossed(locale, name)) ? linkedinLabels[name] : glossed(locale, name)))
    .join(t(locale, 'punct.path'));

const buttonSource = `<a href="${linkedinSettingUrl}"[^>]*class="button[^"]*"`;
const buttonPattern = new RegExp(buttonSource);

for (const locale of LOCALES) {
  // One page per template with the button: guide pages with an answer (home, opt-out), a region page, /regions/.
  for (const path of ['/', '/opt-out/', '/regions/germany/', '/regions/']) {
    const where = `${prefix(locale)}${path}`;
    test(`${where}: every button to the setting says what to do if the LinkedIn app opens instead, cited`, () => {
      const source = page(where);
      const buttons = [...source.matchAll(new RegExp(buttonSource, 'g'))];
      assert.ok(buttons.length > 0, `${where} has the button`);
      for (const [i, button] of buttons.entries()) {
        const block = source.slice(source.lastIndexOf('data-part="setting-button"', button.index), source.indexOf('</div>', button.index));
        const line = block.match(/<p[^>]*data-part="in-app"[^>]*>([\s\S]*?)<\/p>/)?.[1];
        assert.ok(line, `${where}: a line beside the button`);
        // An island's answer (in a <template>) is read on its own and explains the labels afresh.
        const inTemplate = source.lastIndexOf('<template', button.index) > source.lastIndexOf('</template>', button.index);
        const before = inTemplate ? '' : text(source.slice(source.indexOf('</h1>'), button.index));
        const expected = i === 0 || inTemplate ? route(locale, before) : bareRoute(locale);
        assert.ok(text(line).includes(expected), `${where}: ${text(line)} gives the route ${expected}`);
        assert.ok(text(line).includes(linkedinLabels.aiToggle), `${where}: the switch's own name`);
        if (locale !== 'en') {
          for (const name of [...linkedinAppRoute, 'aiToggle'] as const)
            assert.ok(line.includes(`<strong lang="en">${linkedinLabels[name]}</strong>`), `${where}: ${name} marked English`);
        }
        const cited = new Set([...line.matchAll(/data-cite="([^"]+)"/g)].flatMap((m) => m[1]!.split(' ')));
        for (const id of `${linkedinAppRouteCites} ${linkedinLabelCites}`.split(' ')) assert.ok(cited.has(id), `${where}: cites ${id}`);
      }
    });
  }

  test(`${prefix(locale)}/opt-out/: the app steps follow the same route as the line beside the button`, () => {
    const source = page(`${prefix(locale)}/opt-out/`);
    for (const platform of ['ios', 'android']) {
      const section = source.match(new RegExp(`<section id="${platform}"[\\s\\S]*?</section>`))?.[0] ?? '';
      const steps = [...section.matchAll(/<li>([\s\S]*?)<\/li>/g)].map((m) => text(m[1]!));
      const labelled = linkedinAppRoute.map((name) => steps.findIndex((s) => s.includes(linkedinLabels[name])));
      assert.deepEqual(labelled, [1, 2, 3], `${platform}: ${steps.join(' / ')}`);
    }
    // The route's sources are the ones the line beside the button cites.
    for (const id of linkedinAppRouteCites.split(' ')) assert.ok(source.includes(`data-cite="${id}`) || source.includes(` ${id}"`), id);
  });

  for (const path of ['/', '/regions/', '/404.html']) {
    const where = `${prefix(locale)}${path}`;
    test(`${where}: the checker's answers carry the button to the setting`, () => {
      const checker = page(where).match(/<region-checker[\s\S]*?<\/region-checker>/)?.[0] ?? '';
      const action = checker.match(/<template data-part="action">([\s\S]*?)<\/template>/)?.[1] ?? '';
      assert.match(action, buttonPattern);
      assert.match(action, /data-part="in-app"/);
    });
  }

  test(`${prefix(locale)}/regions/: the "Am I affected?" page has the button to the setting without JavaScript`, () => {
    const outsideChecker = page(`${prefix(locale)}/regions/`).replace(/<region-checker[\s\S]*?<\/region-checker>/, '');
    assert.match(outsideChecker, buttonPattern);
  });

  test(`${prefix(locale)}/: the "since" says it is Hong Kong's and sends everyone else to the checker`, () => {
    const source = page(`${prefix(locale)}/`);
    const box = source.match(/<since-countdown[\s\S]*?<\/since-countdown>/)?.[0] ?? '';
    const statement = text(box.match(/data-part="statement"[^>]*>([\s\S]*?)<\/p>/)?.[1] ?? '');
    const hk = regions.find((r) => r.slug === 'hong-kong')!;
    const [lead, tail] = t(locale, 'countdown.since', {
      where: t(locale, 'countdown.where', { place: hk.name[locale] }),
      date: formatDate(hk.trainingSince, locale),
    }).split('{count}');
    assert.ok(statement.startsWith(lead!) && statement.endsWith(tail!), statement);
    // No space around a number in Chinese.
    if (locale !== 'en') assert.doesNotMatch(statement, /\s/, statement);
    const elsewhere = box.match(/<p[^>]*data-part="elsewhere"[^>]*>([\s\S]*?)<\/p>/)?.[1] ?? '';
    const href = elsewhere.match(/<a href="#([^"]+)">/)?.[1];
    assert.ok(href, `a link to the checker in: ${elsewhere}`);
    assert.match(source, new RegExp(`<h2 id="${href}"[^>]*>[^<]*</h2>\\s*(?:<script>[^<]*</script>\\s*)?<region-checker`));
  });
}
