import { pendingCheckSchema, type PendingCheck } from './schema.ts';

/**
 * Statements that depend on something not yet known as of the day they were written. Each carries the date by which
 * to look again; `npm run review` lists those that are due. Remove an entry once its page says the outcome.
 */
export const pendingChecks: readonly PendingCheck[] = pendingCheckSchema.array().parse([
  {
    id: 'dpc-five-month-report',
    checkBy: '2027-01-31',
    what: 'Ireland’s Data Protection Commission said on 7 November 2025 that LinkedIn would report back within five months (about April 2026). No public outcome was found as of 29 November 2026; the pages say so.',
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
    id: 'hong-kong-canada-primary-text',
    checkBy: '2027-01-31',
    what: 'That training covers Hong Kong and Canada from 3 November 2025 rests on press reports of LinkedIn’s email to members; no LinkedIn page naming them could be read as of 29 November 2026. A LinkedIn Help page or policy that names them would replace the press citation.',
    where: 'LinkedIn Help a6278444 and the generative-AI FAQ; LinkedIn’s privacy policy history (OpenTermsArchive/vlopses-us-versions)',
    routes: ['/', '/regions/hong-kong/', '/regions/canada/', '/faq/', '/timeline/'],
  },
  {
    id: 'pcpd-october-2025-statement',
    checkBy: '2027-01-31',
    what: 'The PCPD’s own statement of late October 2025 (talks from October 2024 to April 2025, LinkedIn’s undertakings, the reminder before 3 November 2025) could not be read as of 29 November 2026; the pages rely on press reports of it.',
    where: 'pcpd.org.hk media statements (English and 中文), October 2025',
    routes: ['/pcpd-warning/', '/timeline/', '/regions/hong-kong/'],
  },
  {
    id: 'dpp3-chinese-wording',
    checkBy: '2027-01-31',
    what: 'The Chinese statutory wording of Data Protection Principle 3 (新目的) was not found as of 29 November 2026; the Chinese pages paraphrase the English text.',
    where: 'elegislation.gov.hk Cap. 486 Schedule 1 (Chinese); PCPD 保障資料原則 pages',
    routes: ['/pcpd-warning/', '/faq/'],
  },
]);
