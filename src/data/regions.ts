import { regionSchema, type Region, type RegionGroup } from './schema.ts';
import { regionAliases } from '../lib/regionLookup.ts';

/** The day LinkedIn began training on members' data in Europe, the UK, Canada and Hong Kong by default. */
export const expansionDate = '2025-11-03';

/** An EU or EEA member: LinkedIn's lead authority is Ireland's DPC, but every member has its own authority to complain to. */
function european(member: {
  slug: string;
  iso: string;
  name: Region['name'];
  nameInSentence?: Region['nameInSentence'];
  group: 'eu' | 'eea';
  authority: Region['authority'];
  /** The zone whose midnight starts the change; `extraZones` are the others a browser there may report. */
  timeZone: string;
  timeZoneCity?: Region['timeZoneCity'];
  extraZones?: string[];
}): Region {
  const { extraZones = [], ...rest } = member;
  return {
    ...rest,
    timeZones: [member.timeZone, ...extraZones],
    trainingSince: expansionDate,
  };
}

/**
 * The 34 jurisdictions covered by LinkedIn's change of 3 November 2025, and everywhere else.
 * Slugs are English short names in kebab case; they are URLs people share, so never rename one.
 */
export const regions: readonly Region[] = regionSchema.array().parse([
  {
    slug: 'hong-kong',
    iso: 'HK',
    name: { en: 'Hong Kong', 'zh-hk': '香港' },
    group: 'hong-kong',
    authority: {
      name: 'Office of the Privacy Commissioner for Personal Data',
      nameZh: '個人資料私隱專員公署',
      abbr: 'PCPD',
      url: 'https://www.pcpd.org.hk/',
    },
    timeZone: 'Asia/Hong_Kong',
    timeZones: ['Asia/Hong_Kong', 'Hongkong'],
    trainingSince: expansionDate,
  },
  {
    slug: 'united-kingdom',
    iso: 'GB',
    name: { en: 'United Kingdom', 'zh-hk': '英國' },
    nameInSentence: { en: 'the United Kingdom' },
    group: 'uk',
    authority: { name: 'Information Commissioner’s Office', nameZh: '英國資訊專員辦公室', abbr: 'ICO', url: 'https://ico.org.uk/' },
    timeZone: 'Europe/London',
    timeZones: ['Europe/London', 'Europe/Belfast', 'GB', 'GB-Eire'],
    trainingSince: expansionDate,
  },
  {
    slug: 'canada',
    iso: 'CA',
    name: { en: 'Canada', 'zh-hk': '加拿大' },
    group: 'canada',
    authority: {
      name: 'Office of the Privacy Commissioner of Canada',
      nameZh: '加拿大私隱專員辦公室',
      abbr: 'OPC',
      url: 'https://www.priv.gc.ca/',
    },
    timeZone: 'America/Toronto',
    timeZoneCity: { en: 'Toronto', 'zh-hk': '多倫多' },
    timeZones: [
      'America/Toronto',
      'America/Montreal',
      'America/Vancouver',
      'America/Edmonton',
      'America/Winnipeg',
      'America/Regina',
      'America/Halifax',
      'America/St_Johns',
      'America/Moncton',
      'America/Glace_Bay',
      'America/Goose_Bay',
      'America/Whitehorse',
      'America/Dawson',
      'America/Dawson_Creek',
      'America/Fort_Nelson',
      'America/Creston',
      'America/Yellowknife',
      'America/Inuvik',
      'America/Cambridge_Bay',
      'America/Rankin_Inlet',
      'America/Iqaluit',
      'America/Resolute',
      'America/Swift_Current',
      'America/Atikokan',
      'America/Blanc-Sablon',
      'America/Nipigon',
      'America/Thunder_Bay',
      'America/Rainy_River',
      'America/Pangnirtung',
      'Canada/Eastern',
      'Canada/Central',
      'Canada/Mountain',
      'Canada/Pacific',
      'Canada/Atlantic',
      'Canada/Newfoundland',
      'Canada/Saskatchewan',
      'Canada/Yukon',
    ],
    trainingSince: expansionDate,
  },
  {
    slug: 'switzerland',
    iso: 'CH',
    name: { en: 'Switzerland', 'zh-hk': '瑞士' },
    group: 'switzerland',
    authority: {
      name: 'Federal Data Protection and Information Commissioner',
      nameZh: '瑞士聯邦資料保障及資訊專員',
      abbr: 'FDPIC',
      url: 'https://www.edoeb.admin.ch/',
    },
    timeZone: 'Europe/Zurich',
    timeZones: ['Europe/Zurich'],
    trainingSince: expansionDate,
  },
  european({
    slug: 'austria',
    iso: 'AT',
    name: { en: 'Austria', 'zh-hk': '奧地利' },
    group: 'eu',
    authority: { name: 'Datenschutzbehörde (Austrian Data Protection Authority)', abbr: 'DSB', url: 'https://www.dsb.gv.at/' },
    timeZone: 'Europe/Vienna',
  }),
  european({
    slug: 'belgium',
    iso: 'BE',
    name: { en: 'Belgium', 'zh-hk': '比利時' },
    group: 'eu',
    authority: {
      name: 'Data Protection Authority (Autorité de protection des données / Gegevensbeschermingsautoriteit)',
      url: 'https://www.dataprotectionauthority.be/',
    },
    timeZone: 'Europe/Brussels',
  }),
  european({
    slug: 'bulgaria',
    iso: 'BG',
    name: { en: 'Bulgaria', 'zh-hk': '保加利亞' },
    group: 'eu',
    authority: { name: 'Commission for Personal Data Protection', abbr: 'CPDP', url: 'https://www.cpdp.bg/' },
    timeZone: 'Europe/Sofia',
  }),
  european({
    slug: 'croatia',
    iso: 'HR',
    name: { en: 'Croatia', 'zh-hk': '克羅地亞' },
    group: 'eu',
    authority: { name: 'Croatian Personal Data Protection Agency', abbr: 'AZOP', url: 'https://azop.hr/' },
    timeZone: 'Europe/Zagreb',
  }),
  european({
    slug: 'cyprus',
    iso: 'CY',
    name: { en: 'Cyprus', 'zh-hk': '塞浦路斯' },
    group: 'eu',
    authority: { name: 'Commissioner for Personal Data Protection', url: 'https://www.dataprotection.gov.cy/' },
    timeZone: 'Asia/Nicosia',
    extraZones: ['Asia/Famagusta', 'Europe/Nicosia'],
  }),
  european({
    slug: 'czechia',
    iso: 'CZ',
    name: { en: 'Czechia', 'zh-hk': '捷克' },
    group: 'eu',
    authority: { name: 'Office for Personal Data Protection', abbr: 'ÚOOÚ', url: 'https://uoou.gov.cz/' },
    timeZone: 'Europe/Prague',
  }),
  european({
    slug: 'denmark',
    iso: 'DK',
    name: { en: 'Denmark', 'zh-hk': '丹麥' },
    group: 'eu',
    authority: { name: 'Datatilsynet (Danish Data Protection Agency)', url: 'https://www.datatilsynet.dk/' },
    timeZone: 'Europe/Copenhagen',
  }),
  european({
    slug: 'estonia',
    iso: 'EE',
    name: { en: 'Estonia', 'zh-hk': '愛沙尼亞' },
    group: 'eu',
    authority: { name: 'Data Protection Inspectorate (Andmekaitse Inspektsioon)', abbr: 'AKI', url: 'https://www.aki.ee/' },
    timeZone: 'Europe/Tallinn',
  }),
  european({
    slug: 'finland',
    iso: 'FI',
    name: { en: 'Finland', 'zh-hk': '芬蘭' },
    group: 'eu',
    authority: { name: 'Office of the Data Protection Ombudsman', url: 'https://tietosuoja.fi/' },
    timeZone: 'Europe/Helsinki',
    extraZones: ['Europe/Mariehamn'],
  }),
  european({
    slug: 'france',
    iso: 'FR',
    name: { en: 'France', 'zh-hk': '法國' },
    group: 'eu',
    authority: { name: 'Commission nationale de l’informatique et des libertés', abbr: 'CNIL', url: 'https://www.cnil.fr/' },
    timeZone: 'Europe/Paris',
  }),
  european({
    slug: 'germany',
    iso: 'DE',
    name: { en: 'Germany', 'zh-hk': '德國' },
    group: 'eu',
    authority: {
      name: 'Federal Commissioner for Data Protection and Freedom of Information',
      abbr: 'BfDI',
      url: 'https://www.bfdi.bund.de/',
      note: {
        en: 'Complaints about a company usually go to the data protection authority of your German state (Land); the BfDI’s website lists them.',
        'zh-hk': '針對企業的投訴通常交由你所在的德國聯邦州的資料保障機構處理；BfDI 的網站列出了這些機構。',
      },
    },
    timeZone: 'Europe/Berlin',
    extraZones: ['Europe/Busingen'],
  }),
  european({
    slug: 'greece',
    iso: 'GR',
    name: { en: 'Greece', 'zh-hk': '希臘' },
    group: 'eu',
    authority: { name: 'Hellenic Data Protection Authority', abbr: 'HDPA', url: 'https://www.dpa.gr/' },
    timeZone: 'Europe/Athens',
  }),
  european({
    slug: 'hungary',
    iso: 'HU',
    name: { en: 'Hungary', 'zh-hk': '匈牙利' },
    group: 'eu',
    authority: { name: 'National Authority for Data Protection and Freedom of Information', abbr: 'NAIH', url: 'https://www.naih.hu/' },
    timeZone: 'Europe/Budapest',
  }),
  european({
    slug: 'ireland',
    iso: 'IE',
    name: { en: 'Ireland', 'zh-hk': '愛爾蘭' },
    group: 'eu',
    authority: {
      name: 'Data Protection Commission',
      nameZh: '愛爾蘭資料保障委員會',
      abbr: 'DPC',
      url: 'https://www.dataprotection.ie/',
      note: {
        en: 'The DPC is LinkedIn’s lead authority for the whole EU and EEA, because LinkedIn’s European headquarters is in Dublin.',
        'zh-hk': '由於領英的歐洲總部設於都柏林，資料保障委員會是領英在整個歐盟及歐洲經濟區的主要監管機構。',
      },
    },
    timeZone: 'Europe/Dublin',
    extraZones: ['Eire'],
  }),
  european({
    slug: 'italy',
    iso: 'IT',
    name: { en: 'Italy', 'zh-hk': '意大利' },
    group: 'eu',
    authority: { name: 'Garante per la protezione dei dati personali', url: 'https://www.garanteprivacy.it/' },
    timeZone: 'Europe/Rome',
  }),
  european({
    slug: 'latvia',
    iso: 'LV',
    name: { en: 'Latvia', 'zh-hk': '拉脫維亞' },
    group: 'eu',
    authority: { name: 'Data State Inspectorate', abbr: 'DVI', url: 'https://www.dvi.gov.lv/' },
    timeZone: 'Europe/Riga',
  }),
  european({
    slug: 'lithuania',
    iso: 'LT',
    name: { en: 'Lithuania', 'zh-hk': '立陶宛' },
    group: 'eu',
    authority: { name: 'State Data Protection Inspectorate', abbr: 'VDAI', url: 'https://vdai.lrv.lt/' },
    timeZone: 'Europe/Vilnius',
  }),
  european({
    slug: 'luxembourg',
    iso: 'LU',
    name: { en: 'Luxembourg', 'zh-hk': '盧森堡' },
    group: 'eu',
    authority: { name: 'Commission nationale pour la protection des données', abbr: 'CNPD', url: 'https://cnpd.public.lu/' },
    timeZone: 'Europe/Luxembourg',
    extraZones: [],
  }),
  european({
    slug: 'malta',
    iso: 'MT',
    name: { en: 'Malta', 'zh-hk': '馬耳他' },
    group: 'eu',
    authority: { name: 'Information and Data Protection Commissioner', abbr: 'IDPC', url: 'https://idpc.org.mt/' },
    timeZone: 'Europe/Malta',
  }),
  european({
    slug: 'netherlands',
    iso: 'NL',
    name: { en: 'Netherlands', 'zh-hk': '荷蘭' },
    nameInSentence: { en: 'the Netherlands' },
    group: 'eu',
    authority: {
      name: 'Autoriteit Persoonsgegevens (Dutch Data Protection Authority)',
      abbr: 'AP',
      url: 'https://autoriteitpersoonsgegevens.nl/',
    },
    timeZone: 'Europe/Amsterdam',
  }),
  european({
    slug: 'poland',
    iso: 'PL',
    name: { en: 'Poland', 'zh-hk': '波蘭' },
    group: 'eu',
    authority: { name: 'Personal Data Protection Office', abbr: 'UODO', url: 'https://uodo.gov.pl/' },
    timeZone: 'Europe/Warsaw',
    extraZones: ['Poland'],
  }),
  european({
    slug: 'portugal',
    iso: 'PT',
    name: { en: 'Portugal', 'zh-hk': '葡萄牙' },
    group: 'eu',
    authority: { name: 'Comissão Nacional de Proteção de Dados', abbr: 'CNPD', url: 'https://www.cnpd.pt/' },
    timeZone: 'Europe/Lisbon',
    timeZoneCity: { en: 'Lisbon', 'zh-hk': '里斯本' },
    extraZones: ['Atlantic/Madeira', 'Atlantic/Azores', 'Portugal'],
  }),
  european({
    slug: 'romania',
    iso: 'RO',
    name: { en: 'Romania', 'zh-hk': '羅馬尼亞' },
    group: 'eu',
    authority: {
      name: 'National Supervisory Authority for Personal Data Processing',
      abbr: 'ANSPDCP',
      url: 'https://www.dataprotection.ro/',
    },
    timeZone: 'Europe/Bucharest',
  }),
  european({
    slug: 'slovakia',
    iso: 'SK',
    name: { en: 'Slovakia', 'zh-hk': '斯洛伐克' },
    group: 'eu',
    authority: { name: 'Office for Personal Data Protection of the Slovak Republic', url: 'https://dataprotection.gov.sk/' },
    timeZone: 'Europe/Bratislava',
  }),
  european({
    slug: 'slovenia',
    iso: 'SI',
    name: { en: 'Slovenia', 'zh-hk': '斯洛文尼亞' },
    group: 'eu',
    authority: { name: 'Information Commissioner (Informacijski pooblaščenec)', url: 'https://www.ip-rs.si/' },
    timeZone: 'Europe/Ljubljana',
  }),
  european({
    slug: 'spain',
    iso: 'ES',
    name: { en: 'Spain', 'zh-hk': '西班牙' },
    group: 'eu',
    authority: { name: 'Agencia Española de Protección de Datos', abbr: 'AEPD', url: 'https://www.aepd.es/' },
    timeZone: 'Europe/Madrid',
    timeZoneCity: { en: 'Madrid', 'zh-hk': '馬德里' },
    extraZones: ['Africa/Ceuta', 'Atlantic/Canary'],
  }),
  european({
    slug: 'sweden',
    iso: 'SE',
    name: { en: 'Sweden', 'zh-hk': '瑞典' },
    group: 'eu',
    authority: { name: 'Integritetsskyddsmyndigheten (Swedish Authority for Privacy Protection)', abbr: 'IMY', url: 'https://www.imy.se/' },
    timeZone: 'Europe/Stockholm',
  }),
  european({
    slug: 'iceland',
    iso: 'IS',
    name: { en: 'Iceland', 'zh-hk': '冰島' },
    group: 'eea',
    authority: { name: 'Persónuvernd (Icelandic Data Protection Authority)', url: 'https://www.personuvernd.is/' },
    timeZone: 'Atlantic/Reykjavik',
    extraZones: ['Iceland'],
  }),
  european({
    slug: 'liechtenstein',
    iso: 'LI',
    name: { en: 'Liechtenstein', 'zh-hk': '列支敦士登' },
    group: 'eea',
    authority: { name: 'Datenschutzstelle (Data Protection Authority)', url: 'https://www.datenschutzstelle.li/' },
    timeZone: 'Europe/Vaduz',
  }),
  european({
    slug: 'norway',
    iso: 'NO',
    name: { en: 'Norway', 'zh-hk': '挪威' },
    group: 'eea',
    authority: { name: 'Datatilsynet (Norwegian Data Protection Authority)', url: 'https://www.datatilsynet.no/' },
    timeZone: 'Europe/Oslo',
    extraZones: ['Arctic/Longyearbyen'],
  }),
  {
    slug: 'elsewhere',
    iso: 'XX',
    name: { en: 'Everywhere else', 'zh-hk': '其他地區' },
    group: 'elsewhere',
    timeZone: 'UTC',
    timeZones: ['UTC', 'Etc/UTC'],
    // The day LinkedIn disclosed it (policy update and blog post); members had found the setting on before then.
    trainingSince: '2024-09-18',
    trainingSinceAtTheLatest: true,
  },
]);

export const groupNames: Record<RegionGroup, { en: string; 'zh-hk': string }> = {
  'hong-kong': { en: 'Hong Kong', 'zh-hk': '香港' },
  uk: { en: 'United Kingdom', 'zh-hk': '英國' },
  canada: { en: 'Canada', 'zh-hk': '加拿大' },
  switzerland: { en: 'Switzerland', 'zh-hk': '瑞士' },
  eu: { en: 'European Union', 'zh-hk': '歐盟' },
  eea: { en: 'European Economic Area (outside the EU)', 'zh-hk': '歐洲經濟區（歐盟以外）' },
  elsewhere: { en: 'Everywhere else', 'zh-hk': '其他地區' },
};

/**
 * The short links to region pages (/regions/hk/ → /regions/hong-kong/): every covered place's ISO code, and 'uk'.
 * The one list behind the short-link pages (src/pages/[...locale]/regions/[slug].astro), the `_redirects` file
 * (src/integrations/redirectsFile.ts) and the sitemap, which leaves them out (astro.config.mjs).
 */
export const regionShortCodes: readonly { alias: string; slug: string }[] = regionAliases(regions);
