import { test, expect } from './support/fixtures.ts';
import { LOCALES, localePath, localeRoute } from './support/locales.ts';
import { t } from '../src/lib/ui.ts';
import { linkedinUrlText } from '../src/data/linkedin.ts';

// Someone prints a region page for a community centre: the paper must carry the way to the setting (a boxed call to
// action with the setting's address, the website's and the apps' steps), where each link goes, and where to read the
// page online (a short address and a QR code at the top), and nothing that only works on a screen.
for (const locale of LOCALES) {
  const path = localeRoute(locale, 'regions/hong-kong/');
  test(`${path} prints the way to the setting, the steps, each link’s address, and where to find it online`, async ({ page }) => {
    await page.goto(path);
    const top = page.locator('[data-print-header]');
    await expect(top, 'not on screen').toBeHidden();

    await page.emulateMedia({ media: 'print' });
    await expect(top).toBeVisible();
    await expect(top).toContainText(`${localePath(locale, 'regions/hk/')}`);
    await expect(top.getByRole('img', { name: t(locale, 'print.qr') })).toBeVisible();
    // At the top of the first page, though it comes last in the HTML.
    const topBox = await top.boundingBox();
    const h1Box = await page.getByRole('heading', { level: 1 }).boundingBox();
    expect(topBox!.y).toBeLessThan(h1Box!.y);

    // The button: boxed, black, with the setting's address after its words.
    const button = page.getByRole('link', { name: t(locale, 'cta.switchOff') });
    const look = await button.evaluate((el) => {
      const s = getComputedStyle(el);
      return {
        color: s.color,
        border: `${s.borderTopWidth} ${s.borderTopStyle} ${s.borderTopColor}`,
        after: getComputedStyle(el, '::after').content,
      };
    });
    expect(look.color).toBe('rgb(0, 0, 0)');
    expect(look.border).toBe('3px solid rgb(0, 0, 0)');
    expect(look.after).toBe(`"${linkedinUrlText('aiSetting')}"`);

    // A link inside the guide prints its address.
    // (Print's generated address becomes part of the link's name, so the name is matched from its start.)
    const affected = t(locale, 'nav.affected').replace(/[?？]/g, '\\$&');
    const back = page
      .getByRole('main')
      .getByRole('link', { name: new RegExp(`^${affected}`) })
      .first();
    expect(await back.evaluate((el) => getComputedStyle(el, '::after').content)).toContain(localePath(locale, 'regions/'));

    // The website's and the apps' steps, which the screen leaves to the opt-out page's tabs.
    const steps = page.locator('[data-print-steps]');
    await expect(steps).toBeVisible();
    await expect(steps.getByRole('listitem')).toHaveCount(2);
    await expect(steps.getByRole('listitem').nth(1)).toContainText(locale === 'en' ? 'iPhone or Android app' : 'iPhone或Android應用程式');

    // Nothing that only works on a screen.
    await expect(page.getByRole('navigation', { name: t(locale, 'nav.label') })).toBeHidden();
    await expect(page.getByRole('region', { name: t(locale, 'updates.title') })).toBeHidden();
    await expect(page.getByRole('button', { name: t(locale, 'share.button') })).toBeHidden();
    await expect(page.getByRole('heading', { name: t(locale, 'region.share') })).toBeHidden();

    // And it makes a PDF of a few A4 pages.
    const pdf = await page.pdf({ format: 'A4' });
    const pages = (pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? []).length;
    expect(pages).toBeGreaterThanOrEqual(2);
    expect(pages).toBeLessThanOrEqual(6);
  });
}
