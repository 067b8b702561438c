import type { UiKey } from '../../data/ui.ts';

/**
 * The words the checker's island speaks, declared once: { name the island uses: key in src/data/ui.ts }. The build
 * sends the texts in the page's language (islandMessages()); the island reads them back by the same names.
 */
export const checkerMessages = {
  answer: 'checker.answer',
  answerAtTheLatest: 'checker.answerAtTheLatest',
  answerUnsettled: 'checker.answerUnsettled',
  readMore: 'checker.readMore',
  readElsewhere: 'checker.readElsewhere',
  suggest: 'checker.suggest',
  use: 'checker.useSuggestion',
  unknown: 'checker.unknown',
  share: 'share.button',
  copied: 'share.copied',
  failed: 'share.failed',
} as const satisfies Record<string, UiKey>;

export type CheckerMessages = Record<keyof typeof checkerMessages, string>;
