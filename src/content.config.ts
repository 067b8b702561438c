import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { z } from 'astro/zod';
import { isoDate, regionGroups, sections } from './data/schema.ts';
import { regions } from './data/regions.ts';

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
    /**
     * Entry pages: the one-sentence answer shown with the button to LinkedIn's setting on the first screen, in inline
     * markup (src/lib/inlineMarkup.ts): a LinkedIn label by its `{linkedin:…}` placeholder, explained in Chinese at its
     * first mention on the page like every other.
     */
    answer: z.string().max(160).optional(),
    lastReviewed: isoDate,
    /** Search filter: which part of the guide this is. */
    section: z.enum(sections),
    /**
     * The region (its slug) a page is about besides its own region page, as the PCPD's warning is about Hong Kong:
     * search puts this page first for a query naming the place with a topic the region page lacks ("consent").
     */
    aboutPlace: z.enum(regions.map((r) => r.slug) as [string, ...string[]]).optional(),
  }),
});

/**
 * What region pages say, one MDX file per part and locale: src/content/regions/<locale>/<name>.mdx. A story tells
 * one or more region groups (its lead under the h1, its body under "How it came to this"); an extra adds a paragraph
 * for one place; the advice is the list under "What to do" on every region page; the overview introduces /regions/. Rendered with props such as
 * `since`, `place` and `expansion` (see RegionPage.astro).
 */
const regionText = defineCollection({
  loader: glob({ pattern: '**/*.mdx', base: './src/content/regions', generateId: ({ entry }) => entry.replace(/\.mdx$/, '') }),
  schema: z.discriminatedUnion('part', [
    z.object({
      part: z.literal('story'),
      /** When someone last checked the region pages this story tells against their sources. */
      lastReviewed: isoDate,
      groups: z.array(z.enum(regionGroups)).min(1),
      /** The answer in one paragraph, with {since} and {place} filled from the region. */
      lead: z.string(),
      /** Passages the lead rests on, as <Cite ids> takes them. */
      leadCites: z.string(),
      /** Whether the law there gives the right to object that LinkedIn's objection form serves (Europe and the UK). */
      rightToObject: z.boolean(),
      /**
       * Whether a LinkedIn source places its sharing of members' information with Microsoft for ads there (outside the
       * EU, EEA and Switzerland); 'sources differ' where it does but a report says the 2025 change leaves it out (the UK):
       * the page gives the step and says the sources differ.
       */
      microsoftAdsSharing: z.union([z.boolean(), z.literal('sources differ')]),
      /** Passages that say where to complain, cited after the authority's name; none where no source says so. */
      complaintCites: z.string().optional(),
    }),
    z.object({ part: z.literal('extra'), regions: z.array(z.string()).min(1) }),
    z.object({ part: z.literal('advice') }),
    /** /regions/: the page's own title and introduction, above the checker and the list of every place. */
    z.object({
      part: z.literal('overview'),
      lastReviewed: isoDate,
      title: z.string(),
      heading: z.string(),
      description: z.string().max(200),
    }),
  ]),
});

export const collections = { guide, regionText };
