import { fillTemplate as fill } from '../../lib/fillTemplate.ts';
import type { CheckerMessages } from './messages.ts';

/** What the checker knows of a place when it answers: from its <option>, or the option of the page that answers for it. */
export interface AnsweredPlace {
  name: string;
  /** The name inside a sentence ('the United States'). */
  inSentence: string;
  /** The day LinkedIn's training began there, as the page writes it. */
  since: string;
  /** The day is when LinkedIn disclosed the training, which may have begun earlier. */
  atTheLatest: boolean;
  /** LinkedIn's texts do not settle the place: the answer says so and points to "everywhere else". */
  unsettled: boolean;
}

/** The checker's answer for a place: the sentence, and the words of the link to its page. */
export function answerText(place: AnsweredPlace, msg: CheckerMessages): { sentence: string; readMore: string } {
  const template = place.unsettled ? msg.answerUnsettled : place.atTheLatest ? msg.answerAtTheLatest : msg.answer;
  return {
    sentence: fill(template, { name: place.name, date: place.since }),
    readMore: `${place.unsettled ? msg.readElsewhere : fill(msg.readMore, { name: place.inSentence })} →`,
  };
}
