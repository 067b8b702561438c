import { regionSchema, type Region, type RegionGroup } from './schema.ts';

const NOV_2025 = '2025-11-03';
const EU_SOURCES = ['linkedin-privacy-policy', 'helpnetsecurity-2025-09-18', 'edpb-members'];

/** An EU or EEA member: LinkedIn's lead authority is Ireland's DPC, but every member has its own authority to complain to. */
function european(
  slug: string, iso: string, en: string, zh: string, group: 'eu' | 'eea',
  authority: Region['authority'], timeZone: string, extraZones: string[] = [], extraSources: string[] = [],
): Region {
  return {
    slug, iso, name: { en, 'zh-hk': zh }, group, authority, timeZone,
    timeZones: [timeZone, ...extraZones], trainingSince: NOV_2025, sources: [...EU_SOURCES, ...extraSources],
  };
}

/**
 * The 34 jurisdictions covered by LinkedIn's change of 3 November 2025, and everywhere else.
 * Slugs are English short names in kebab case; they are URLs people share, so never rename one.
 */
export const regions: readonly Region[] = regionSchema.array().parse([
  {
    slug: 'hong-kong', iso: 'HK', name: { en: 'Hong Kong', 'zh-hk': '香港' }, group: 'hong-kong',
    authority: { name: 'Office of the Privacy Commissioner for Personal Data', nameZh: '個人資料私隱專員公署', abbr: 'PCPD', url: 'https://www.pcpd.org.hk/' },
    timeZone: 'Asia/Hong_Kong', timeZones: ['Asia/Hong_Kong', 'Hongkong'], trainingSince: NOV_2025,
    sources: ['linkedin-privacy-policy', 'pcpd-2024-10-15', 'pcpd-media-statements'],
  },
  {
    slug: 'united-kingdom', iso: 'GB', name: { en: 'United Kingdom', 'zh-hk': '英國' }, group: 'uk',
    authority: { name: 'Information Commissioner’s Office', nameZh: '英國資訊專員辦公室', abbr: 'ICO', url: 'https://ico.org.uk/' },
    timeZone: 'Europe/London', timeZones: ['Europe/London', 'Europe/Belfast', 'GB', 'GB-Eire'], trainingSince: NOV_2025,
    sources: ['linkedin-privacy-policy', 'ico-2024-09-20'],
  },
  {
    slug: 'canada', iso: 'CA', name: { en: 'Canada', 'zh-hk': '加拿大' }, group: 'canada',
    authority: { name: 'Office of the Privacy Commissioner of Canada', nameZh: '加拿大私隱專員公署', abbr: 'OPC', url: 'https://www.priv.gc.ca/' },
    timeZone: 'America/Toronto',
    timeZones: [
      'America/Toronto', 'America/Montreal', 'America/Vancouver', 'America/Edmonton', 'America/Winnipeg', 'America/Regina',
      'America/Halifax', 'America/St_Johns', 'America/Moncton', 'America/Glace_Bay', 'America/Goose_Bay', 'America/Whitehorse',
      'America/Dawson', 'America/Dawson_Creek', 'America/Fort_Nelson', 'America/Creston', 'America/Yellowknife', 'America/Inuvik',
      'America/Cambridge_Bay', 'America/Rankin_Inlet', 'America/Iqaluit', 'America/Resolute', 'America/Swift_Current',
      'America/Atikokan', 'America/Blanc-Sablon', 'America/Nipigon', 'America/Thunder_Bay', 'America/Rainy_River',
      'America/Pangnirtung', 'Canada/Eastern', 'Canada/Central', 'Canada/Mountain', 'Canada/Pacific', 'Canada/Atlantic',
      'Canada/Newfoundland', 'Canada/Saskatchewan', 'Canada/Yukon',
    ],
    trainingSince: NOV_2025, sources: ['linkedin-privacy-policy', 'opc-2024-12-10'],
  },
  {
    slug: 'switzerland', iso: 'CH', name: { en: 'Switzerland', 'zh-hk': '瑞士' }, group: 'switzerland',
    authority: { name: 'Federal Data Protection and Information Commissioner', nameZh: '瑞士聯邦數據保護及信息專員', abbr: 'FDPIC', url: 'https://www.edoeb.admin.ch/' },
    timeZone: 'Europe/Zurich', timeZones: ['Europe/Zurich'], trainingSince: NOV_2025,
    sources: ['linkedin-privacy-policy', 'helpnetsecurity-2025-09-18'],
  },
  european('austria', 'AT', 'Austria', '奧地利', 'eu', { name: 'Datenschutzbehörde (Austrian Data Protection Authority)', abbr: 'DSB', url: 'https://www.dsb.gv.at/' }, 'Europe/Vienna'),
  european('belgium', 'BE', 'Belgium', '比利時', 'eu', { name: 'Data Protection Authority (Autorité de protection des données / Gegevensbeschermingsautoriteit)', url: 'https://www.dataprotectionauthority.be/' }, 'Europe/Brussels'),
  european('bulgaria', 'BG', 'Bulgaria', '保加利亞', 'eu', { name: 'Commission for Personal Data Protection', abbr: 'CPDP', url: 'https://www.cpdp.bg/' }, 'Europe/Sofia'),
  european('croatia', 'HR', 'Croatia', '克羅地亞', 'eu', { name: 'Croatian Personal Data Protection Agency', abbr: 'AZOP', url: 'https://azop.hr/' }, 'Europe/Zagreb'),
  european('cyprus', 'CY', 'Cyprus', '塞浦路斯', 'eu', { name: 'Commissioner for Personal Data Protection', url: 'https://www.dataprotection.gov.cy/' }, 'Asia/Nicosia', ['Asia/Famagusta', 'Europe/Nicosia']),
  european('czechia', 'CZ', 'Czechia', '捷克', 'eu', { name: 'Office for Personal Data Protection', abbr: 'ÚOOÚ', url: 'https://uoou.gov.cz/' }, 'Europe/Prague'),
  european('denmark', 'DK', 'Denmark', '丹麥', 'eu', { name: 'Datatilsynet (Danish Data Protection Agency)', url: 'https://www.datatilsynet.dk/' }, 'Europe/Copenhagen'),
  european('estonia', 'EE', 'Estonia', '愛沙尼亞', 'eu', { name: 'Data Protection Inspectorate (Andmekaitse Inspektsioon)', abbr: 'AKI', url: 'https://www.aki.ee/' }, 'Europe/Tallinn'),
  european('finland', 'FI', 'Finland', '芬蘭', 'eu', { name: 'Office of the Data Protection Ombudsman', url: 'https://tietosuoja.fi/' }, 'Europe/Helsinki', ['Europe/Mariehamn']),
  european('france', 'FR', 'France', '法國', 'eu', { name: 'Commission nationale de l’informatique et des libertés', abbr: 'CNIL', url: 'https://www.cnil.fr/' }, 'Europe/Paris'),
  european('germany', 'DE', 'Germany', '德國', 'eu', { name: 'Federal Commissioner for Data Protection and Freedom of Information', abbr: 'BfDI', url: 'https://www.bfdi.bund.de/', note: { en: 'Complaints about a company usually go to the data protection authority of your German state (Land); the BfDI’s website lists them.', 'zh-hk': '針對企業的投訴通常交由你所在的德國聯邦州的資料保障機構處理；BfDI 的網站列出了這些機構。' } }, 'Europe/Berlin', ['Europe/Busingen']),
  european('greece', 'GR', 'Greece', '希臘', 'eu', { name: 'Hellenic Data Protection Authority', abbr: 'HDPA', url: 'https://www.dpa.gr/' }, 'Europe/Athens'),
  european('hungary', 'HU', 'Hungary', '匈牙利', 'eu', { name: 'National Authority for Data Protection and Freedom of Information', abbr: 'NAIH', url: 'https://www.naih.hu/' }, 'Europe/Budapest'),
  european('ireland', 'IE', 'Ireland', '愛爾蘭', 'eu', { name: 'Data Protection Commission', nameZh: '愛爾蘭數據保護委員會', abbr: 'DPC', url: 'https://www.dataprotection.ie/', note: { en: 'The DPC is LinkedIn’s lead authority for the whole EU and EEA, because LinkedIn’s European headquarters is in Dublin.', 'zh-hk': '由於領英的歐洲總部設於都柏林，數據保護委員會是領英在整個歐盟及歐洲經濟區的主要監管機構。' } }, 'Europe/Dublin', ['Eire'], ['irishlegal-2025-11-07']),
  european('italy', 'IT', 'Italy', '意大利', 'eu', { name: 'Garante per la protezione dei dati personali', url: 'https://www.garanteprivacy.it/' }, 'Europe/Rome'),
  european('latvia', 'LV', 'Latvia', '拉脫維亞', 'eu', { name: 'Data State Inspectorate', abbr: 'DVI', url: 'https://www.dvi.gov.lv/' }, 'Europe/Riga'),
  european('lithuania', 'LT', 'Lithuania', '立陶宛', 'eu', { name: 'State Data Protection Inspectorate', abbr: 'VDAI', url: 'https://vdai.lrv.lt/' }, 'Europe/Vilnius'),
  european('luxembourg', 'LU', 'Luxembourg', '盧森堡', 'eu', { name: 'Commission nationale pour la protection des données', abbr: 'CNPD', url: 'https://cnpd.public.lu/' }, 'Europe/Luxembourg', [], ['lu-cnpd']),
  european('malta', 'MT', 'Malta', '馬耳他', 'eu', { name: 'Information and Data Protection Commissioner', abbr: 'IDPC', url: 'https://idpc.org.mt/' }, 'Europe/Malta'),
  european('netherlands', 'NL', 'Netherlands', '荷蘭', 'eu', { name: 'Autoriteit Persoonsgegevens (Dutch Data Protection Authority)', abbr: 'AP', url: 'https://autoriteitpersoonsgegevens.nl/' }, 'Europe/Amsterdam'),
  european('poland', 'PL', 'Poland', '波蘭', 'eu', { name: 'Personal Data Protection Office', abbr: 'UODO', url: 'https://uodo.gov.pl/' }, 'Europe/Warsaw', ['Poland']),
  european('portugal', 'PT', 'Portugal', '葡萄牙', 'eu', { name: 'Comissão Nacional de Proteção de Dados', abbr: 'CNPD', url: 'https://www.cnpd.pt/' }, 'Europe/Lisbon', ['Atlantic/Madeira', 'Atlantic/Azores', 'Portugal']),
  european('romania', 'RO', 'Romania', '羅馬尼亞', 'eu', { name: 'National Supervisory Authority for Personal Data Processing', abbr: 'ANSPDCP', url: 'https://www.dataprotection.ro/' }, 'Europe/Bucharest'),
  european('slovakia', 'SK', 'Slovakia', '斯洛伐克', 'eu', { name: 'Office for Personal Data Protection of the Slovak Republic', url: 'https://dataprotection.gov.sk/' }, 'Europe/Bratislava'),
  european('slovenia', 'SI', 'Slovenia', '斯洛文尼亞', 'eu', { name: 'Information Commissioner (Informacijski pooblaščenec)', url: 'https://www.ip-rs.si/' }, 'Europe/Ljubljana'),
  european('spain', 'ES', 'Spain', '西班牙', 'eu', { name: 'Agencia Española de Protección de Datos', abbr: 'AEPD', url: 'https://www.aepd.es/' }, 'Europe/Madrid', ['Africa/Ceuta', 'Atlantic/Canary']),
  european('sweden', 'SE', 'Sweden', '瑞典', 'eu', { name: 'Integritetsskyddsmyndigheten (Swedish Authority for Privacy Protection)', abbr: 'IMY', url: 'https://www.imy.se/' }, 'Europe/Stockholm'),
  european('iceland', 'IS', 'Iceland', '冰島', 'eea', { name: 'Persónuvernd (Icelandic Data Protection Authority)', url: 'https://www.personuvernd.is/' }, 'Atlantic/Reykjavik', ['Iceland']),
  european('liechtenstein', 'LI', 'Liechtenstein', '列支敦士登', 'eea', { name: 'Datenschutzstelle (Data Protection Authority)', url: 'https://www.datenschutzstelle.li/' }, 'Europe/Vaduz', [], ['li-datenschutzstelle']),
  european('norway', 'NO', 'Norway', '挪威', 'eea', { name: 'Datatilsynet (Norwegian Data Protection Authority)', url: 'https://www.datatilsynet.no/' }, 'Europe/Oslo', ['Arctic/Longyearbyen']),
  {
    slug: 'elsewhere', iso: 'XX', name: { en: 'Everywhere else', 'zh-hk': '其他地區' }, group: 'elsewhere',
    timeZone: 'UTC', timeZones: ['UTC', 'Etc/UTC'], trainingSince: '2024-09-18',
    sources: ['hkfp-2024-10-15', 'linkedin-help-gai'],
  },
]);

/** The place every other page means when it names no place (the guide's first audience). */
export const defaultRegionSlug = 'hong-kong';

export const groupOrder: readonly RegionGroup[] = ['hong-kong', 'uk', 'canada', 'switzerland', 'eu', 'eea', 'elsewhere'];
export const groupNames: Record<RegionGroup, { en: string; 'zh-hk': string }> = {
  'hong-kong': { en: 'Hong Kong', 'zh-hk': '香港' },
  uk: { en: 'United Kingdom', 'zh-hk': '英國' },
  canada: { en: 'Canada', 'zh-hk': '加拿大' },
  switzerland: { en: 'Switzerland', 'zh-hk': '瑞士' },
  eu: { en: 'European Union', 'zh-hk': '歐盟' },
  eea: { en: 'European Economic Area (outside the EU)', 'zh-hk': '歐洲經濟區（歐盟以外）' },
  elsewhere: { en: 'Everywhere else', 'zh-hk': '其他地區' },
};
