/**
 * What a smoke scenario may ask of a browser, whatever drives it: Playwright, WebDriver BiDi (puppeteer-core) or
 * classic WebDriver. Scenarios are written once against this, so every engine runs the same steps.
 */

/** An element as a reader finds it: by its role and accessible name, optionally inside a landmark or dialog. */
export interface Target {
  role: 'button' | 'link' | 'searchbox' | 'combobox' | 'heading';
  name: string | RegExp;
  /** The role and name of a container to search in, e.g. the search dialog or the main navigation. */
  within?: { role: 'dialog' | 'navigation' | 'main'; name?: string };
}

export interface EnginePage {
  /** Opens a site path ('zh-hk/faq/') relative to the server's base URL. */
  goto(path: string): Promise<void>;
  url(): Promise<string>;
  /** Runs a function in the page; it must be self-contained (it is sent as source) and its result JSON. */
  evaluate<A, R>(fn: (arg: A) => R, arg: A): Promise<Awaited<R>>;
  /** A real pointer click on the element, scrolled into view first. */
  click(target: Target): Promise<void>;
  /** Focuses a text field and types into it with real key presses. */
  type(target: Target, text: string): Promise<void>;
  /** Chooses an option of a <select> by its visible label, as a reader would. */
  select(target: Target, label: string): Promise<void>;
  screenshot(file: string): Promise<void>;
  setViewport(width: number, height: number): Promise<void>;
  close(): Promise<void>;
}

export interface Engine {
  /** 'chromium', 'firefox' or 'webkit'. */
  name: string;
  /** Browser, version and driver, for the test names and the closing report. */
  version: string;
  newPage(baseURL: string): Promise<EnginePage>;
  close(): Promise<void>;
}

/**
 * Finds a Target in the page. Sent to the browser as source, so it must stand alone. Accessible names are computed
 * the simple way that suffices for this site's markup: aria-label, aria-labelledby, a <label>, then text content.
 */
export function findTarget(target: SerialTarget): Element | null {
  const roleSelectors: Record<string, string> = {
    button: 'button, [role="button"], input[type="submit"], input[type="button"]',
    link: 'a[href], [role="link"]',
    searchbox: 'input[type="search"], [role="searchbox"]',
    combobox: 'select, [role="combobox"]',
    heading: 'h1, h2, h3, h4, h5, h6, [role="heading"]',
    dialog: 'dialog, [role="dialog"]',
    navigation: 'nav, [role="navigation"]',
    main: 'main, [role="main"]',
  };
  const text = (el: Element) => (el.textContent ?? '').replace(/\s+/g, ' ').trim();
  const nameOf = (el: Element): string => {
    const label = el.getAttribute('aria-label');
    if (label) return label.trim();
    const labelledBy = el.getAttribute('aria-labelledby');
    if (labelledBy)
      return labelledBy
        .split(/\s+/)
        .map((id) => text(document.getElementById(id) ?? document.createElement('i')))
        .join(' ')
        .trim();
    if (el.id) {
      const forLabel = document.querySelector(`label[for="${CSS.escape(el.id)}"]`);
      if (forLabel) return text(forLabel);
    }
    return text(el);
  };
  const visible = (el: Element) => {
    const box = el.getBoundingClientRect();
    return box.width > 0 && box.height > 0 && getComputedStyle(el).visibility !== 'hidden';
  };
  const matches = (el: Element, name: string | undefined, flags: string) => {
    if (name === undefined) return true;
    return flags === 'exact' ? nameOf(el) === name : new RegExp(name, flags).test(nameOf(el));
  };
  let scope: ParentNode = document;
  if (target.within) {
    const container = [...document.querySelectorAll(roleSelectors[target.within.role] ?? '*')].find(
      (el) => visible(el) && matches(el, target.within?.name, 'exact'),
    );
    if (!container) return null;
    scope = container;
  }
  const found = [...scope.querySelectorAll(roleSelectors[target.role] ?? '*')].find(
    (el) => visible(el) && matches(el, target.name, target.flags),
  );
  // WebKitWebDriver treats an element that smooth scrolling has not yet brought on screen as not interactable.
  found?.scrollIntoView({ block: 'center', behavior: 'instant' });
  return found ?? null;
}

/** A Target in the form findTarget takes: the name as a string and regular-expression flags ('exact' for a string). */
export interface SerialTarget {
  role: string;
  name: string;
  flags: string;
  within?: { role: string; name?: string | undefined } | undefined;
}

export function serialiseTarget(target: Target): SerialTarget {
  return {
    role: target.role,
    name: typeof target.name === 'string' ? target.name : target.name.source,
    flags: typeof target.name === 'string' ? 'exact' : target.name.flags,
    within: target.within,
  };
}

export function describeTarget(target: Target): string {
  const inside = target.within ? ` in ${target.within.role}${target.within.name ? ` “${target.within.name}”` : ''}` : '';
  return `${target.role} “${String(target.name)}”${inside}`;
}

/** Looks for a target until it appears (a dialog opening, an island starting) or 5 s pass. */
export async function locate<T>(target: Target, find: () => Promise<T | null | undefined>): Promise<T> {
  const deadline = Date.now() + 5_000;
  for (;;) {
    const found = await find();
    if (found) return found;
    if (Date.now() > deadline) throw new Error(`not found: ${describeTarget(target)}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}
