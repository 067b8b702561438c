import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { z } from 'astro/zod';
import { isoDate, regionSchema, sections, timelineEventSchema, faqSchema, sourceSchema } from './data/schema.ts';
import { regions } from './data/regions.ts';
import { timeline } from './data/timeline.ts';
import { faqs } from './data/faqs.ts';
import { sources } from './data/sources.ts';

/** The guide's prose pages, one MDX file per page and locale: src/content/guide/<locale>/<route>.mdx. */
const guide = defineCollection({
  loader: glob({ pattern: '**/*.mdx', base: './src/content/guide', generateId: ({ entry }) => entry.replace(/\.mdx$/, '') }),
  schema: z.object({
    title: z.string(),
    /** The page's h1 where it differs from the <title>. */
    heading: z.string().optional(),
    description: z.string().max(200),
    /**
     * Entry pages: the one-sentence answer shown with the button to LinkedIn's setting on the first screen. Plain text;
     * it may name LinkedIn's labels by `{linkedin:…}` placeholder, which come out unmarked, so a Chinese answer
     * describes the setting in Chinese instead.
     */
    answer: z.string().max(160).optional(),
    lastReviewed: isoDate,
    /** Sources the page relies on as a whole, listed at its foot. */
    sources: z.array(z.string()).optional(),
    /** Search filter: which part of the guide this is. */
    section: z.enum(sections),
  }),
});

// Structured data lives in typed modules (src/data/) that tests and islands import directly;
// these collections expose the same arrays to Astro, validated by the same schemas.
const fromArray =
  <T extends object>(items: readonly T[], key: keyof T) =>
  () =>
    items.map((item) => ({ ...item, id: String(item[key]) }));

export const collections = {
  guide,
  regions: defineCollection({ loader: fromArray(regions, 'slug'), schema: regionSchema }),
  timeline: defineCollection({ loader: fromArray(timeline, 'id'), schema: timelineEventSchema }),
  faqs: defineCollection({ loader: fromArray(faqs, 'id'), schema: faqSchema }),
  sources: defineCollection({ loader: fromArray(sources, 'id'), schema: sourceSchema }),
};
