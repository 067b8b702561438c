import { defineMiddleware } from 'astro:middleware';
import { onceAPageTerms } from './data/chineseStyle.ts';
import { renderInline } from './lib/inlineMarkup.ts';
import { settleMentions, type WrittenName } from './lib/pageMentions.ts';

const writtenNames: WrittenName[] = Object.entries(onceAPageTerms).flatMap(([key, term]) =>
  'writtenPlainly' in term && term.writtenPlainly
    ? [
        {
          key,
          text: term.later,
          firstHtml: renderInline(term.first, (path) => path, 'zh-hk'),
          inProse: term.writtenPlainly === 'inProse',
        },
      ]
    : [],
);

// Every page is settled as a whole, after it has rendered: only then is its first mention of a name known.
export const onRequest = defineMiddleware(async (_context, next) => {
  const response = await next();
  if (!response.headers.get('content-type')?.startsWith('text/html')) return response;
  const html = settleMentions(await response.text(), writtenNames);
  return new Response(html, { status: response.status, statusText: response.statusText, headers: response.headers });
});
