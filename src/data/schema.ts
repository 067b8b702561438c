import { z } from 'astro/zod';

/** ISO calendar date ('2025-11-03') or month ('2025-10') as written in the data. */
export const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'expected YYYY-MM-DD');
export const isoDateOrMonth = z.string().regex(/^\d{4}-\d{2}(-\d{2})?$/, 'expected YYYY-MM or YYYY-MM-DD');

/** Text in every locale: English, and Traditional Chinese as written in Hong Kong. Both are required. */
export const localized = z.object({ en: z.string().min(1), 'zh-hk': z.string().min(1) });
export const localizedList = z.object({ en: z.array(z.string().min(1)).min(1), 'zh-hk': z.array(z.string().min(1)).min(1) });

export const sourceSchema = z.object({
  id: z.string().regex(/^[a-z0-9-]+$/),
  /** The publisher's headline or document title; where we only describe a source, the text says so (a date, 'in German'). */
  title: z.string(),
  publisher: z.string(),
  url: z.url(),
  /** Publication date where the source has one. */
  date: isoDate.optional(),
  kind: z.enum(['primary', 'press']),
  group: z.enum(['linkedin', 'hong-kong', 'regulators', 'press', 'background']),
  /** What the guide relies on this source for, in a sentence. */
  supports: localized,
});
export type Source = z.infer<typeof sourceSchema>;

/** Parts of the guide, as search filters and page metadata. */
export const sections = ['opt-out', 'faq', 'timeline', 'regions', 'background'] as const;
export type Section = (typeof sections)[number];

export const regionGroups = ['hong-kong', 'uk', 'canada', 'switzerland', 'eu', 'eea', 'elsewhere'] as const;
export const regionSchema = z.object({
  slug: z.string().regex(/^[a-z-]+$/),
  /** ISO 3166-1 alpha-2 code ('XX' for everywhere else). */
  iso: z.string().regex(/^[A-Z]{2}$/),
  name: z.object({ en: z.string(), 'zh-hk': z.string() }),
  group: z.enum(regionGroups),
  /** Absent for 'everywhere else', where it depends on the country. */
  authority: z
    .object({
      /** Official English name (or the name in the country's language, with an English gloss). */
      name: z.string(),
      /** The Chinese name where the authority has one in common use; otherwise the name above is shown, marked as English. */
      nameZh: z.string().optional(),
      abbr: z.string().optional(),
      url: z.url(),
      note: localized.optional(),
    })
    .optional(),
  /** Zone whose midnight starts the change for this place. */
  timeZone: z.string(),
  /** Every IANA zone (and legacy alias) a browser here may report, for the suggestion. */
  timeZones: z.array(z.string()).min(1),
  /** Calendar date from which LinkedIn trains on members' data by default. */
  trainingSince: isoDate,
  /** True where that date is when LinkedIn disclosed the training, which may have begun earlier: pages say "at the latest". */
  trainingSinceAtTheLatest: z.boolean().optional(),
  sources: z.array(z.string()).min(1),
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
  /** Paragraphs; `[label](href)` makes a link. */
  answer: localizedList,
  sources: z.array(z.string()),
});
export type Faq = z.infer<typeof faqSchema>;
