import { z } from 'astro/zod';
import { locales, type Locale } from './locales.ts';

/** True when an ISO string is a real calendar date (rejects 2025-02-30). */
export function isIsoDate(value: string): boolean {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!match) return false;
  const [year, month, day] = match.slice(1).map(Number) as [number, number, number];
  // setUTCFullYear, not Date.UTC, which reads years 0–99 as 1900–1999; a day past the month's end rolls over.
  const date = new Date(0);
  date.setUTCFullYear(year, month - 1, day);
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

/** ISO calendar date ('2025-11-03') that exists on the calendar (not '2025-02-30'), or a month ('2025-10'). */
export const isoDate = z.string().refine(isIsoDate, 'expected a real date as YYYY-MM-DD');
export const isoDateOrMonth = z
  .string()
  .refine((v) => isIsoDate(v) || (/^\d{4}-(0[1-9]|1[0-2])$/.test(v) && isIsoDate(`${v}-01`)), 'expected YYYY-MM or a real YYYY-MM-DD');

/** One field per locale of src/data/locales.ts, each of the given shape: adding a locale adds the field everywhere. */
export function perLocale<T extends z.ZodType>(field: T) {
  return z.object(Object.fromEntries(locales.map((l) => [l, field])) as Record<Locale, T>);
}

/** Text in every locale (English, and Traditional Chinese as written in Hong Kong): all are required. */
export const localized = perLocale(z.string().min(1));
export const localizedList = perLocale(z.array(z.string().min(1)).min(1));

export const sourceSchema = z.object({
  id: z.string().regex(/^[a-z0-9-]+$/),
  /**
   * The publisher's headline or document title, as published; or, for a source without one (a settings page), our
   * description of it in each language.
   */
  title: z.union([z.string(), localized]),
  /** The language a published title is in, when it is not English: pages say so in the reader's language. */
  titleLang: z.enum(['de', 'zh-hk']).optional(),
  /** What a title in another language means, for readers of the guide's other language. */
  titleMeaning: localized.partial().optional(),
  publisher: z.string(),
  /**
   * The name the publisher goes by in a reader's language, where it has one (a Hong Kong paper's Chinese name,
   * a regulator's Chinese name as the guide gives it on its region page). Without it, pages show `publisher` as is.
   */
  publisherName: localized.partial().optional(),
  url: z.url(),
  /** Publication date where the source has one. */
  date: isoDate.optional(),
  group: z.enum(['linkedin', 'hong-kong', 'regulators', 'press', 'background']),
  /** What the guide relies on this source for, in a sentence. */
  supports: localized,
  /** The day someone last read it against the guide's claims. */
  accessed: isoDate,
  /**
   * Why it cannot be quoted (LinkedIn's settings page needs a sign-in). Such a source is cited by its bare id, only
   * for what it is (the place of the setting), never for a claim.
   */
  unquotable: localized.optional(),
});
export type Source = z.infer<typeof sourceSchema>;

/** Languages a passage is published in. */
export const passageLangs = ['en', 'zh-hk', 'de'] as const;

/**
 * Who speaks in a passage, which sets how strongly the guide may say it:
 * - `linkedin`: LinkedIn's own text, read by us ("LinkedIn says");
 * - `law`: the text of a law;
 * - `regulator`: a regulator's or government body's own text ("the PCPD says");
 * - `quoted`: LinkedIn's, a regulator's or a person's words, quoted by the outlet the passage is filed under, in a text
 *   we could not read ourselves ("LinkedIn's help page, as quoted by The Register, says"); `speaker` names who and where;
 * - `press`: a press report of events ("The Register reported");
 * - `unconfirmed`: reported, and not confirmed by any source we could read ("it was reported, but not confirmed, that").
 * A sentence's verb follows the weakest level among its citations.
 */
export const evidenceLevels = ['linkedin', 'law', 'regulator', 'quoted', 'press', 'unconfirmed'] as const;
export type EvidenceLevel = (typeof evidenceLevels)[number];

export const passageSchema = z
  .object({
    /** '<source id>#<slug>': what a citation names. */
    id: z.string().regex(/^[a-z0-9-]+#[a-z0-9-]+$/, 'expected <source id>#<slug>'),
    lang: z.enum(passageLangs),
    level: z.enum(evidenceLevels),
    /** For `quoted`: the original speaker and the page they said it on, as the guide names them ("LinkedIn’s help page on the 2025 update"). */
    speaker: localized.optional(),
    /** The source's own words, as published (curly quotes, dashes and all). */
    quote: z.string().min(1).max(600),
    /** The page the words are on, where it is not the source's own address (a later page of a book). */
    url: z.url().optional(),
    /** What the passage says, in our words, for readers of a language it is not written in. */
    gloss: perLocale(z.string().min(1).optional()).default({}),
    /**
     * The same words in another language's official text (the PCPD's Chinese statement for its English one): pages in
     * that language cite the counterpart, and the pair counts as one citation.
     */
    counterpart: z
      .string()
      .regex(/^[a-z0-9-]+#[a-z0-9-]+$/)
      .optional(),
  })
  .superRefine((p, ctx) => {
    if (p.level === 'quoted' && !p.speaker)
      ctx.addIssue({ code: 'custom', path: ['speaker'], message: `${p.id}: a quoted passage must name its original speaker and page` });
    if (p.level !== 'quoted' && p.speaker)
      ctx.addIssue({
        code: 'custom',
        path: ['speaker'],
        message: `${p.id}: only a quoted passage has a speaker; its source speaks for itself`,
      });
  });
export type Passage = z.infer<typeof passageSchema>;

/** Parts of the guide, as search filters and page metadata. */
export const sections = ['opt-out', 'faq', 'timeline', 'regions', 'background'] as const;
export type Section = (typeof sections)[number];

/** A data protection authority, named in every language: on Chinese pages its Chinese name comes first, then its own. */
export const authoritySchema = z.object({
  /** The part of the country it covers, where several share one country (a German state). */
  area: localized.optional(),
  /**
   * English: its official name in English, or in its own language with an English gloss. Chinese: its established
   * Chinese name, or a descriptive one in the PCPD's vocabulary (資料保障) where it has none.
   */
  name: localized,
  abbr: z.string().optional(),
  url: z.url(),
  /** Its complaint page or form, where we found one; readers are otherwise sent to its home page. */
  complaintUrl: z.url().optional(),
  /** The languages in which its name is its own official name (the PCPD's Chinese one): there it needs no original beside it. */
  namedOfficiallyIn: z.array(z.enum(locales)).optional(),
});
export type Authority = z.infer<typeof authoritySchema>;

/** Groups of places that share a story, in the order pages list them. */
export const regionGroups = ['hong-kong', 'uk', 'canada', 'switzerland', 'eu', 'eea', 'elsewhere'] as const;
export const regionSchema = z.object({
  slug: z.string().regex(/^[a-z-]+$/),
  /** ISO 3166-1 alpha-2 code ('XX' for everywhere else). */
  iso: z.string().regex(/^[A-Z]{2}$/),
  name: perLocale(z.string()),
  /** The name as a sentence needs it, where that differs: 'the United Kingdom' ("members in the United Kingdom"). */
  nameInSentence: perLocale(z.string().optional()).optional(),
  group: z.enum(regionGroups),
  /** Who to complain to; absent for 'everywhere else', where it depends on the country. Several where a country splits the work (Germany's states). */
  authorities: z.array(authoritySchema).min(1).optional(),
  /** One line on which of them applies, or how they relate to LinkedIn's lead authority. */
  authorityNote: localized.optional(),
  /** Passages the note rests on, as <Cite ids> takes them. */
  authorityCites: z.string().optional(),
  /** Zone whose midnight starts the change for this place. */
  timeZone: z.string(),
  /** The city that zone is named for, which pages name where the place spans several UTC offsets (Canada, Spain). */
  timeZoneCity: localized.optional(),
  /** Every IANA zone (and legacy alias) a browser here may report, for the suggestion. */
  timeZones: z.array(z.string()).min(1),
  /** Calendar date from which LinkedIn trains on members' data by default. */
  trainingSince: isoDate,
  /** True where that date is when LinkedIn disclosed the training, which may have begun earlier: pages say "at the latest". */
  trainingSinceAtTheLatest: z.boolean().optional(),
});
export type Region = z.infer<typeof regionSchema>;
export type RegionGroup = (typeof regionGroups)[number];

export const timelineEventSchema = z.object({
  id: z.string().regex(/^[a-z0-9-]+$/),
  date: isoDateOrMonth,
  /** Last month of an event that was a period rather than a day. */
  endDate: isoDateOrMonth.optional(),
  /** Shown instead of the formatted date where the sources give no exact day. */
  dateLabel: localized.optional(),
  title: localized,
  summary: localized,
  regions: z.array(z.enum(regionGroups)).min(1),
  sources: z.array(z.string()).min(1),
});
export type TimelineEvent = z.infer<typeof timelineEventSchema>;

export const faqSchema = z.object({
  /** Stable anchor: /faq/#<id>. Never rename one; people share these links. */
  id: z.string().regex(/^[a-z0-9-]+$/),
  question: localized,
  /**
   * The answer in a sentence or two that stand alone, for the answer's share card and link preview: plain text (a
   * LinkedIn label may be named), no more than the card holds, and nothing the answer itself does not say.
   */
  card: localized,
  /** Paragraphs; `[label](href)` makes a link. */
  answer: localizedList,
  sources: z.array(z.string()),
});
export type Faq = z.infer<typeof faqSchema>;

/**
 * One change to the guide, as its readers see it: the day, the pages it touched, and one line of what changed.
 * A route is a page's locale-neutral path ('/opt-out/'); '/regions/*' is every region page.
 */
export const updateSchema = z.object({
  date: isoDate,
  routes: z.array(z.string().regex(/^\/([a-z0-9-]+\/)*(\*)?$/, "expected a route such as '/opt-out/' or '/regions/*'")).min(1),
  text: localized,
  /** Where a later update found this one wrong: the day, and what was wrong, shown with the entry wherever it appears. */
  correctedOn: isoDate.optional(),
  correction: localized.optional(),
});
export type Update = z.infer<typeof updateSchema>;

/**
 * Something the guide says is still to come, or could not yet confirm, as of when it was written: the date by which
 * someone should look again, and what to look for. `npm run review` lists what is due.
 */
export const pendingCheckSchema = z.object({
  id: z.string().regex(/^[a-z0-9-]+$/),
  checkBy: isoDate,
  /** What the guide says now, and what would change it. */
  what: z.string().min(1),
  /** Where to look first. */
  where: z.string().min(1),
  /** Pages that say it (routes, '/regions/*' for every region page). */
  routes: z.array(z.string()).min(1),
});
export type PendingCheck = z.infer<typeof pendingCheckSchema>;
