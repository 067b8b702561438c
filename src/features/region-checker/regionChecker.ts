/**
 * The checker's island: answers for the place picked, for a shared link's ?region=, and offers the place the
 * device's time zone points to. The server renders every option with the facts an answer needs (data attributes);
 * the island only reads them, so without JavaScript nothing is missing but the inline answer.
 */
import { findRegion, regionForTimeZone, type RegionKey } from '../../lib/places.ts';
import { shareOrCopy } from '../../lib/share.ts';
import { fillTemplate as fill } from '../../lib/fillTemplate.ts';
import { readDeclaredMessages } from '../../lib/islandMessages.ts';
import { answerText, type AnsweredPlace } from './answer.ts';
import { checkerMessages, type CheckerMessages } from './messages.ts';

type Option = RegionKey &
  AnsweredPlace & {
    /** The region page that answers for it (its own, or that of the law that applies there). */
    page: string;
  };

class RegionChecker extends HTMLElement {
  #msg!: CheckerMessages;
  #options: Option[] = [];
  #select!: HTMLSelectElement;
  #answer!: HTMLElement;
  #unknown!: HTMLElement;

  connectedCallback() {
    const form = this.querySelector('form');
    const select = this.querySelector('select');
    if (!form || !select) return;
    this.#select = select;
    this.#msg = readDeclaredMessages(this, checkerMessages);
    this.#options = this.readOptions();
    this.#answer = this.querySelector<HTMLElement>('[data-part="answer"]')!;
    this.#unknown = this.querySelector<HTMLElement>('[data-part="unknown"]')!;
    form.addEventListener('submit', (event) => this.onSubmit(event));

    // A shared link's ?region= wins over the time zone: answer it, or say plainly that we don't know it.
    const asked = new URLSearchParams(location.search).get('region');
    if (asked !== null) this.answerLink(asked);
    else this.suggestFromTimeZone();
  }

  /** Every <option> as a place; another country or territory takes its date from the option of the page that answers for it. */
  readOptions(): Option[] {
    const select = this.#select;
    const pageOption = (o: HTMLOptionElement) =>
      (o.dataset.page ? select.querySelector<HTMLOptionElement>(`option[value="${o.dataset.page}"]`) : o) ?? o;
    return [...select.options]
      .filter((o) => o.value)
      .map((o) => ({
        slug: o.value,
        iso: o.dataset.iso ?? '',
        timeZones: (o.dataset.zones ?? '').split(' '),
        names: [o.text, ...(o.dataset.nameEn ? [o.dataset.nameEn] : [])],
        name: o.text,
        inSentence: o.dataset.inSentence ?? o.text,
        page: o.dataset.page ?? o.value,
        since: pageOption(o).dataset.since ?? '',
        atTheLatest: pageOption(o).dataset.atTheLatest !== undefined,
        unsettled: o.dataset.unsettled !== undefined,
      }));
  }

  onSubmit(event: SubmitEvent) {
    event.preventDefault();
    const region = this.#options.find((o) => o.slug === this.#select.value);
    if (!region) {
      this.#select.focus();
      return;
    }
    this.#unknown.classList.add('hidden');
    this.showAnswer(region);
  }

  answerLink(asked: string) {
    const region = findRegion(this.#options, asked);
    if (region) {
      this.#select.value = region.slug;
      this.showAnswer(region);
      this.revealAnswer();
    } else if (this.dataset.fullChecker) {
      // The compact checker knows only the places with a page; the full one answers for every country and territory
      // ("?region=india" on the home page), so a shared link goes there rather than to "we don't recognise".
      location.replace(`${this.dataset.fullChecker}?region=${encodeURIComponent(asked.slice(0, 60))}`);
    } else {
      this.#unknown.textContent = fill(this.#msg.unknown, { value: asked.slice(0, 60) });
      this.#unknown.classList.remove('hidden');
    }
  }

  /** Offers, never imposes, the place the device's time zone points to ("everywhere else" when none matches). */
  suggestFromTimeZone() {
    const zone = Intl.DateTimeFormat().resolvedOptions().timeZone;
    const suggested = regionForTimeZone(this.#options, zone) ?? this.#options.find((o) => o.slug === 'elsewhere');
    if (!suggested) return;
    const suggestionText = this.querySelector<HTMLElement>('[data-part="suggestion-text"]')!;
    suggestionText.textContent = fill(this.#msg.suggest, { name: suggested.inSentence });
    const use = document.createElement('button');
    use.type = 'button';
    use.className = 'button button-secondary';
    use.textContent = fill(this.#msg.use, { name: suggested.inSentence });
    suggestionText.after(use);
    use.addEventListener('click', () => {
      this.#select.value = suggested.slug;
      this.showAnswer(suggested);
      this.#select.focus();
    });
    suggestionText.classList.remove('hidden');
  }

  /** The answer under the form: the sentence, a link to the page that answers for the place, and Share. */
  showAnswer(region: Option) {
    const msg = this.#msg;
    const url = (this.dataset.regionUrl ?? '').replace('__slug__', region.page);
    const text = answerText(region, msg);
    const sentence = document.createElement('p');
    sentence.className = 'm-0 text-lg font-semibold';
    sentence.textContent = text.sentence;
    const more = document.createElement('a');
    more.href = url;
    more.textContent = text.readMore;
    more.className = 'inline-block py-2 font-semibold';
    const share = document.createElement('button');
    share.type = 'button';
    share.className = 'button button-secondary';
    share.textContent = msg.share;
    const status = document.createElement('span');
    status.setAttribute('role', 'status');
    status.className = 'text-sm font-semibold';
    share.addEventListener('click', async () => {
      const outcome = await shareOrCopy(new URL(url, this.dataset.shareOrigin ?? location.origin).href, region.name);
      status.textContent = outcome === 'copied' ? msg.copied : outcome === 'failed' ? msg.failed : '';
    });
    const actions = document.createElement('p');
    actions.className = 'mt-2 mb-0 flex flex-wrap items-center gap-x-4 gap-y-2';
    actions.append(more, share, status);
    // The button to the setting where the answer is yes; not where the sources do not settle it.
    const action = this.querySelector<HTMLTemplateElement>('template[data-part="action"]');
    const button = !region.unsettled && action ? [action.content.cloneNode(true)] : [];
    this.#answer.replaceChildren(sentence, ...button, actions);
  }

  /**
   * Brings an answer on the screen with what it answers: from the section's heading (or the question) down to the
   * answer's end if both fit, else down to its button, else from the answer's first line. html's scroll-behavior
   * makes it smooth unless the reader prefers reduced motion.
   */
  revealAnswer() {
    const answer = this.#answer;
    let before = this.previousElementSibling;
    while (before?.tagName === 'SCRIPT') before = before.previousElementSibling;
    const heading = before && /^H[1-6]$/.test(before.tagName) ? before : this.querySelector('label');
    const margin = 16;
    const box = (element: Element) => element.getBoundingClientRect();
    const top = (heading ? box(heading).top : box(answer).top) + scrollY - margin;
    const ends = [answer, answer.querySelector('a.button')].filter((e): e is Element => e !== null);
    const end = ends.find((e) => box(e).bottom + scrollY - top <= innerHeight);
    // Keyboard and screen reader users start at the answer too; the next Tab reaches its button.
    answer.focus({ preventScroll: true });
    const alreadyShown = top >= scrollY && box(answer).bottom <= innerHeight;
    if (!alreadyShown) window.scrollTo({ top: end ? top : box(answer).top + scrollY - margin });
  }
}
customElements.define('region-checker', RegionChecker);
