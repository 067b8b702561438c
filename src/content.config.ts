import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { z } from 'astro/zod';
import { isoDate, sections } from './data/schema.ts';

/**
 * The guide's prose pages, one MDX file per page and locale: src/content/guide/<locale>/<route>.mdx. Structured data
 * (regions, timeline, FAQs, sources) lives in typed modules under src/data/, validated by their schemas where they are
 * defined, which pages, islands, integrations and tests import directly.
 */
const guide = defineCollection({
  loader: glob({ pattern: '**/*.mdx', base: './src/content/guide', generateId: ({ entry }) => entry.replace(/\.mdx$/, '') }),
  schema: z.object({
    title: z.string(),
    /** The page's h1 where it differs from the <title>. */
    heading: z.string().optional(),
    description: z.string().max(200),
    /** Entry pages: the one-sentence answer shown with the button to LinkedIn's setting on the first screen. */
    answer: z.string().max(160).optional(),
    lastReviewed: isoDate,
    /** Sources the page relies on as a whole, listed at its foot. */
    sources: z.array(z.string()).optional(),
    /** Search filter: which part of the guide this is. */
    section: z.enum(sections),
  }),
});

export const collections = { guide };
