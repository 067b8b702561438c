import type { Locale } from '../../lib/i18n.ts';
import type { EvidenceLevel, Passage, Source } from '../../data/schema.ts';
import { evidenceLevels } from '../../data/schema.ts';
import { t } from '../../lib/ui.ts';
import { publisherIn } from './publisher.ts';

/**
 * How a citation tells a reader who speaks in the passage it points to: "LinkedIn’s own text", "a press report",
 * "LinkedIn’s FAQ page, as quoted by Hong Kong Free Press". A bare source id (LinkedIn's settings page, cited as a
 * place) speaks as its publisher.
 */
export function evidenceText(
  locale: Locale,
  source: Pick<Source, 'publisher' | 'publisherName'>,
  passage?: Pick<Passage, 'level' | 'speaker'>,
): string {
  const level: EvidenceLevel = passage?.level ?? 'linkedin';
  if (level === 'quoted')
    return t(locale, 'evidence.quoted', {
      speaker: passage?.speaker?.[locale] ?? '',
      publisher: publisherIn(locale, source, undefined).text,
    });
  return t(locale, `evidence.${level}`);
}

/**
 * The accessible name of a citation marker: its number, its publisher and how sure it is ("Source 7: Windows Report
 * (a press report)", "Source 12: TechRadar (quoting LinkedIn’s help page …)"). It starts with what the link shows
 * ("[7] Windows Report"), so a speech-input user can say what they see.
 */
export function citationLabel(
  locale: Locale,
  source: Pick<Source, 'publisher' | 'publisherName'> & { number: number },
  passage?: Pick<Passage, 'level' | 'speaker'>,
): string {
  const head = `${t(locale, 'cite.label', { n: source.number })}${t(locale, 'punct.colon')}`;
  const level =
    passage?.level === 'quoted'
      ? t(locale, 'evidence.quoting', { speaker: passage.speaker?.[locale] ?? '' })
      : evidenceText(locale, source, passage);
  return `${head}${withAside(locale, publisherIn(locale, source, undefined).text, level)}`;
}

/**
 * `text (aside)`; where `text` already ends in a bracket of its own (a publisher described in brackets), the aside goes
 * inside it after a semicolon, so two brackets never stand side by side.
 */
export function withAside(locale: Locale, text: string, aside: string): string {
  const close = t(locale, 'punct.close');
  if (text.endsWith(close)) return `${text.slice(0, -close.length)}${t(locale, 'punct.asideSeparator')}${aside}${close}`;
  return `${text}${t(locale, 'punct.open')}${aside}${close}`;
}

/** The weakest of several levels: what a sentence citing them all may claim ("LinkedIn says" needs every citation to be LinkedIn's). */
export function weakestLevel(levels: readonly EvidenceLevel[]): EvidenceLevel | undefined {
  return levels.reduce<EvidenceLevel | undefined>(
    (weakest, l) => (weakest === undefined || evidenceLevels.indexOf(l) > evidenceLevels.indexOf(weakest) ? l : weakest),
    undefined,
  );
}

/**
 * Citations grouped as markers show them: one per source and level (and speaker), so a marker never mixes what
 * LinkedIn says with what a newspaper reported. Order is the order cited.
 */
export function groupCitations<C extends { source: { id: string }; passage?: Pick<Passage, 'level' | 'speaker'> }>(
  citations: readonly C[],
): C[][] {
  return [...Map.groupBy(citations, (c) => `${c.source.id}|${c.passage?.level ?? ''}|${c.passage?.speaker?.en ?? ''}`).values()];
}
