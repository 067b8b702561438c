import { pendingCheckSchema, type PendingCheck } from './schema.ts';

/**
 * Statements that depend on something not yet known as of the day they were written. Each carries the date by which
 * to look again; `npm run review` lists those that are due. Remove an entry once its page says the outcome.
 */
export const pendingChecks: readonly PendingCheck[] = pendingCheckSchema.array().parse([
  {
    id: 'dpc-five-month-report',
    checkBy: '2027-01-31',
    what: 'Ireland’s Data Protection Commission required LinkedIn to report within five months of starting (about April 2026). What the report said, and what the DPC made of it, was not known to us as of 3 December 2026; the pages say so.',
    where: 'dataprotection.ie news and decisions; Irish Legal News; Law Society Gazette',
    routes: ['/timeline/', '/regions/*'],
  },
  {
    id: 'eu-notice-new-version',
    checkBy: '2027-02-28',
    what: 'LinkedIn’s European Regional Privacy Notice was last checked in its version effective 21 August 2026. A newer version may change the legal basis, the Microsoft sharing for UK members, or the link to the setting.',
    where: 'OpenTermsArchive/pga-versions, LinkedIn/Privacy Policy.md; linkedin.com/legal/privacy/eu',
    routes: ['/pcpd-warning/', '/faq/', '/opt-out/', '/regions/*'],
  },
  {
    id: 'linkedin-update-help-page',
    checkBy: '2027-01-31',
    what: 'That LinkedIn covers Hong Kong and Canada from 3 November 2025, relying on “legitimate interest”, and leaves out members it believes could be under 18, rests on LinkedIn’s help page on the 2025 update as quoted by TechRadar, The Register, PCMag and The Left Shift; as of 3 December 2026 we had not read that page ourselves. Reading it would let the pages say “LinkedIn says” without “as quoted by”.',
    where:
      'LinkedIn Help: the 2025 terms-update page and a6278444; LinkedIn’s privacy policy history (OpenTermsArchive/vlopses-us-versions)',
    routes: ['/', '/regions/hong-kong/', '/regions/canada/', '/faq/', '/timeline/', '/pcpd-warning/', '/opt-out/'],
  },
  {
    id: 'pcpd-october-2025-statement',
    checkBy: '2027-01-31',
    what: 'The PCPD’s own statement of late October 2025 (LinkedIn had confirmed the start; talks from October 2024 to April 2025; LinkedIn’s undertakings; the reminder to decide whether to consent) could not be read as of 3 December 2026. The pages give it as reported, from a copy on a news aggregator that does not name the original publisher.',
    where: 'pcpd.org.hk media statements (English and 中文), October 2025; The Standard; RTHK; news.gov.hk',
    routes: ['/pcpd-warning/', '/timeline/', '/regions/hong-kong/', '/sources/'],
  },
  {
    id: 'chinese-official-texts',
    checkBy: '2027-01-31',
    what: 'The Chinese pages paraphrase the English of the PCPD’s statement of 15 October 2024 and of Data Protection Principle 3 and section 2(3) of Cap. 486: as of 3 December 2026 neither the PCPD’s Traditional Chinese statement nor e-Legislation’s Chinese text could be read here. Once read, add them as passages with `counterpart` and cite them on the Chinese pages.',
    where:
      'pcpd.org.hk/tc_chi/news_events/media_statements/press_20241015.html; elegislation.gov.hk/hk/cap486!zh-Hant-HK (Schedule 1, section 2)',
    routes: ['/pcpd-warning/', '/faq/', '/regions/hong-kong/'],
  },
  {
    id: 'choice-made-in-2024',
    checkBy: '2027-03-31',
    what: 'As of 4 December 2026 we had read only a press report (Gadgets360) that LinkedIn said it would honour existing setting choices, not LinkedIn’s own words (its update notice a8059228 has a “What’s not changing” section no copy we could read holds in full); the FAQ says so and tells readers to check.',
    where: 'LinkedIn Help a6278444 and the generative-AI FAQ',
    routes: ['/faq/'],
  },
  {
    id: 'consciously-consent-quote',
    checkBy: '2027-03-31',
    what: 'As of 4 December 2026 the only text we could read with the words “consciously consent — or decline” was a post on BTCC’s website that cites no PCPD statement; we had not found them in a PCPD statement or a news report; /sources/ and /pcpd-warning/ say so.',
    where: 'pcpd.org.hk media statements, October 2025',
    routes: ['/sources/', '/pcpd-warning/'],
  },
  {
    id: 'german-complaint-pages',
    checkBy: '2027-03-31',
    what: 'For ten of Germany’s sixteen state authorities (Brandenburg, Bremen, Hamburg, Hesse, Lower Saxony, Mecklenburg-Vorpommern, Rhineland-Palatinate, Saarland, Schleswig-Holstein, Thuringia), no complaint page could be read here on 3 December 2026, so the Germany page links to their home pages. Hamburg’s notice on LinkedIn is undated in the copy we read.',
    where: 'each authority’s website; the Datenschutzkonferenz list of authorities',
    routes: ['/regions/germany/'],
  },
  {
    id: 'linkedin-data-sharing-page',
    checkBy: '2027-02-28',
    what: 'LinkedIn’s help page on data sharing with Microsoft for ads (a1397243) is undated and was read in a stored copy on 3 December 2026; its region wording (“outside EU/EEA/Switzerland”) decides which region pages show the step on ads.',
    where: 'linkedin.com/help/linkedin/answer/a1397243',
    routes: ['/opt-out/', '/faq/', '/regions/*'],
  },
]);
