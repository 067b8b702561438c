import { test } from 'node:test';
import assert from 'node:assert/strict';
import { locales } from '../../data/locales.ts';
import { readDeclaredMessages } from '../../lib/islandMessages.ts';
import { islandMessages } from '../../lib/ui.ts';
import { fillTemplate } from '../../lib/fillTemplate.ts';
import { answerText } from './answer.ts';
import { checkerMessages } from './messages.ts';

// The island's messages as it reads them from the page: the server's JSON, read back by the declared names.
const messagesIn = (locale: (typeof locales)[number]) =>
  readDeclaredMessages({ dataset: { messages: islandMessages(locale, checkerMessages) } }, checkerMessages);

const place = { name: 'France', inSentence: 'France', since: '3 November 2025', atTheLatest: false, unsettled: false };

test('every message the checker declares reaches the island, in every language', () => {
  for (const locale of locales) {
    const msg = messagesIn(locale);
    for (const [name, text] of Object.entries(msg)) assert.notEqual(text, '', `${locale}: ${name}`);
  }
});

test('the answer fills the place and the date into the template for its kind of date', () => {
  for (const locale of locales) {
    const msg = messagesIn(locale);
    const filled = (template: string) => fillTemplate(template, { name: place.name, date: place.since });
    assert.equal(answerText(place, msg).sentence, filled(msg.answer), locale);
    assert.equal(answerText({ ...place, atTheLatest: true }, msg).sentence, filled(msg.answerAtTheLatest), locale);
    assert.equal(answerText(place, msg).readMore, `${fillTemplate(msg.readMore, { name: place.inSentence })} →`, locale);
  }
});

test('an unsettled place gets no date, and a link to what applies elsewhere', () => {
  for (const locale of locales) {
    const msg = messagesIn(locale);
    const unsettled = answerText({ ...place, unsettled: true, atTheLatest: true }, msg);
    assert.equal(unsettled.sentence, fillTemplate(msg.answerUnsettled, { name: place.name }), locale);
    assert.ok(!unsettled.sentence.includes(place.since), locale);
    assert.equal(unsettled.readMore, `${msg.readElsewhere} →`, locale);
  }
});
