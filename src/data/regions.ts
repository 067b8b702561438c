import { regionSchema, type Region, type RegionGroup } from './schema.ts';
import type { Locale } from './locales.ts';

/** The day LinkedIn began training on members' data in Europe, the UK, Canada and Hong Kong by default. */
export const expansionDate = '2025-11-03';

/** An EU or EEA member: LinkedIn's lead authority is Ireland's DPC, but every member has its own authority to complain to. */
function european(member: {
  slug: string;
  iso: string;
  name: Region['name'];
  nameInSentence?: Region['nameInSentence'];
  group: 'eu' | 'eea';
  authorities: Region['authorities'];
  authorityNote?: Region['authorityNote'];
  authorityCites?: Region['authorityCites'];
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
    authorities: [
      {
        name: { en: 'Office of the Privacy Commissioner for Personal Data', 'zh-hk': '個人資料私隱專員公署' },
        abbr: 'PCPD',
        url: 'https://www.pcpd.org.hk/',
        namedOfficiallyIn: ['en', 'zh-hk'],
      },
    ],
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
    authorities: [
      { name: { en: 'Information Commissioner’s Office', 'zh-hk': '英國資訊專員辦公室' }, abbr: 'ICO', url: 'https://ico.org.uk/' },
    ],
    timeZone: 'Europe/London',
    timeZones: ['Europe/London', 'Europe/Belfast', 'GB', 'GB-Eire'],
    trainingSince: expansionDate,
  },
  {
    slug: 'canada',
    iso: 'CA',
    name: { en: 'Canada', 'zh-hk': '加拿大' },
    group: 'canada',
    authorities: [
      {
        name: { en: 'Office of the Privacy Commissioner of Canada', 'zh-hk': '加拿大私隱專員辦公室' },
        abbr: 'OPC',
        url: 'https://www.priv.gc.ca/',
      },
    ],
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
    authorities: [
      {
        name: { en: 'Federal Data Protection and Information Commissioner', 'zh-hk': '瑞士聯邦資料保障及資訊專員' },
        abbr: 'FDPIC',
        url: 'https://www.edoeb.admin.ch/',
      },
    ],
    timeZone: 'Europe/Zurich',
    timeZones: ['Europe/Zurich'],
    trainingSince: expansionDate,
  },
  european({
    slug: 'austria',
    iso: 'AT',
    name: { en: 'Austria', 'zh-hk': '奧地利' },
    group: 'eu',
    authorities: [
      {
        name: { en: 'Datenschutzbehörde (Austrian Data Protection Authority)', 'zh-hk': '奧地利資料保障局' },
        abbr: 'DSB',
        url: 'https://www.dsb.gv.at/',
      },
    ],
    timeZone: 'Europe/Vienna',
  }),
  european({
    slug: 'belgium',
    iso: 'BE',
    name: { en: 'Belgium', 'zh-hk': '比利時' },
    group: 'eu',
    authorities: [
      {
        name: {
          en: 'Autorité de protection des données / Gegevensbeschermingsautoriteit (Data Protection Authority)',
          'zh-hk': '比利時資料保障局',
        },
        url: 'https://www.dataprotectionauthority.be/',
      },
    ],
    timeZone: 'Europe/Brussels',
  }),
  european({
    slug: 'bulgaria',
    iso: 'BG',
    name: { en: 'Bulgaria', 'zh-hk': '保加利亞' },
    group: 'eu',
    authorities: [
      {
        name: { en: 'Commission for Personal Data Protection', 'zh-hk': '保加利亞個人資料保障委員會' },
        abbr: 'CPDP',
        url: 'https://www.cpdp.bg/',
      },
    ],
    timeZone: 'Europe/Sofia',
  }),
  european({
    slug: 'croatia',
    iso: 'HR',
    name: { en: 'Croatia', 'zh-hk': '克羅地亞' },
    group: 'eu',
    authorities: [
      {
        name: { en: 'Agencija za zaštitu osobnih podataka (Croatian Personal Data Protection Agency)', 'zh-hk': '克羅地亞個人資料保障局' },
        abbr: 'AZOP',
        url: 'https://azop.hr/',
      },
    ],
    timeZone: 'Europe/Zagreb',
  }),
  european({
    slug: 'cyprus',
    iso: 'CY',
    name: { en: 'Cyprus', 'zh-hk': '塞浦路斯' },
    group: 'eu',
    authorities: [
      {
        name: { en: 'Commissioner for Personal Data Protection', 'zh-hk': '塞浦路斯個人資料保障專員' },
        url: 'https://www.dataprotection.gov.cy/',
      },
    ],
    timeZone: 'Asia/Nicosia',
    extraZones: ['Asia/Famagusta', 'Europe/Nicosia'],
  }),
  european({
    slug: 'czechia',
    iso: 'CZ',
    name: { en: 'Czechia', 'zh-hk': '捷克' },
    group: 'eu',
    authorities: [
      {
        name: { en: 'Úřad pro ochranu osobních údajů (Office for Personal Data Protection)', 'zh-hk': '捷克個人資料保障辦公室' },
        abbr: 'ÚOOÚ',
        url: 'https://uoou.gov.cz/',
      },
    ],
    timeZone: 'Europe/Prague',
  }),
  european({
    slug: 'denmark',
    iso: 'DK',
    name: { en: 'Denmark', 'zh-hk': '丹麥' },
    group: 'eu',
    authorities: [
      { name: { en: 'Datatilsynet (Danish Data Protection Agency)', 'zh-hk': '丹麥資料保障局' }, url: 'https://www.datatilsynet.dk/' },
    ],
    timeZone: 'Europe/Copenhagen',
  }),
  european({
    slug: 'estonia',
    iso: 'EE',
    name: { en: 'Estonia', 'zh-hk': '愛沙尼亞' },
    group: 'eu',
    authorities: [
      {
        name: { en: 'Andmekaitse Inspektsioon (Data Protection Inspectorate)', 'zh-hk': '愛沙尼亞資料保障監察局' },
        abbr: 'AKI',
        url: 'https://www.aki.ee/',
      },
    ],
    timeZone: 'Europe/Tallinn',
  }),
  european({
    slug: 'finland',
    iso: 'FI',
    name: { en: 'Finland', 'zh-hk': '芬蘭' },
    group: 'eu',
    authorities: [
      {
        name: { en: 'Tietosuojavaltuutetun toimisto (Office of the Data Protection Ombudsman)', 'zh-hk': '芬蘭資料保障監察專員辦公室' },
        url: 'https://tietosuoja.fi/',
      },
    ],
    timeZone: 'Europe/Helsinki',
    extraZones: ['Europe/Mariehamn'],
  }),
  european({
    slug: 'france',
    iso: 'FR',
    name: { en: 'France', 'zh-hk': '法國' },
    group: 'eu',
    authorities: [
      {
        name: { en: 'Commission nationale de l’informatique et des libertés', 'zh-hk': '法國國家資訊及自由委員會' },
        abbr: 'CNIL',
        url: 'https://www.cnil.fr/',
      },
    ],
    timeZone: 'Europe/Paris',
  }),
  european({
    slug: 'germany',
    iso: 'DE',
    name: { en: 'Germany', 'zh-hk': '德國' },
    group: 'eu',
    // Companies answer to the authority of the state (Land) they are based in (§ 40(1) BDSG); residents may complain to
    // their own state's authority, which works with the lead authority. Read on 3 December 2026: see
    // docs/research/2026-12-03-german-authorities.md for where each name and address was seen.
    authorities: [
      {
        area: { en: 'Baden-Württemberg', 'zh-hk': '巴登－符騰堡州' },
        name: {
          en: 'Der Landesbeauftragte für den Datenschutz und die Informationsfreiheit Baden-Württemberg',
          'zh-hk': '巴登－符騰堡州資料保障及資訊自由專員',
        },
        abbr: 'LfDI BW',
        url: 'https://www.baden-wuerttemberg.datenschutz.de/',
        complaintUrl: 'https://www.baden-wuerttemberg.datenschutz.de/eine-beschwerde-einreichen/',
      },
      {
        area: { en: 'Bavaria', 'zh-hk': '巴伐利亞州' },
        name: { en: 'Bayerisches Landesamt für Datenschutzaufsicht', 'zh-hk': '巴伐利亞州資料保障監管局' },
        abbr: 'BayLDA',
        url: 'https://www.lda.bayern.de/',
        complaintUrl: 'https://lda.bayern.de/de/services_info.html',
      },
      {
        area: { en: 'Berlin', 'zh-hk': '柏林' },
        name: { en: 'Berliner Beauftragte für Datenschutz und Informationsfreiheit', 'zh-hk': '柏林資料保障及資訊自由專員' },
        abbr: 'BlnBDI',
        url: 'https://www.datenschutz-berlin.de/',
        complaintUrl: 'https://datenschutz-berlin.de/buergerinnen-und-buerger/rechte/beschwerderecht',
      },
      {
        area: { en: 'Brandenburg', 'zh-hk': '勃蘭登堡州' },
        name: {
          en: 'Die Landesbeauftragte für den Datenschutz und für das Recht auf Akteneinsicht Brandenburg',
          'zh-hk': '勃蘭登堡州資料保障及查閱檔案權專員',
        },
        abbr: 'LDA Brandenburg',
        url: 'https://www.lda.brandenburg.de/',
      },
      {
        area: { en: 'Bremen', 'zh-hk': '不來梅' },
        name: {
          en: 'Die Landesbeauftragte für Datenschutz und Informationsfreiheit der Freien Hansestadt Bremen',
          'zh-hk': '不來梅資料保障及資訊自由專員',
        },
        url: 'https://www.datenschutz.bremen.de/',
      },
      {
        area: { en: 'Hamburg', 'zh-hk': '漢堡' },
        name: { en: 'Der Hamburgische Beauftragte für Datenschutz und Informationsfreiheit', 'zh-hk': '漢堡資料保障及資訊自由專員' },
        abbr: 'HmbBfDI',
        url: 'https://datenschutz-hamburg.de/',
      },
      {
        area: { en: 'Hesse', 'zh-hk': '黑森州' },
        name: { en: 'Der Hessische Beauftragte für Datenschutz und Informationsfreiheit', 'zh-hk': '黑森州資料保障及資訊自由專員' },
        abbr: 'HBDI',
        url: 'https://datenschutz.hessen.de/',
      },
      {
        area: { en: 'Lower Saxony', 'zh-hk': '下薩克森州' },
        name: { en: 'Der Landesbeauftragte für den Datenschutz Niedersachsen', 'zh-hk': '下薩克森州資料保障專員' },
        abbr: 'LfD Niedersachsen',
        url: 'https://www.lfd.niedersachsen.de/',
      },
      {
        area: { en: 'Mecklenburg-Vorpommern', 'zh-hk': '梅克倫堡－前波美拉尼亞州' },
        name: {
          en: 'Der Landesbeauftragte für Datenschutz und Informationsfreiheit Mecklenburg-Vorpommern',
          'zh-hk': '梅克倫堡－前波美拉尼亞州資料保障及資訊自由專員',
        },
        abbr: 'LfDI MV',
        url: 'https://www.datenschutz-mv.de/',
      },
      {
        area: { en: 'North Rhine-Westphalia', 'zh-hk': '北萊茵－威斯特法倫州' },
        name: {
          en: 'Landesbeauftragte für Datenschutz und Informationsfreiheit Nordrhein-Westfalen',
          'zh-hk': '北萊茵－威斯特法倫州資料保障及資訊自由專員',
        },
        abbr: 'LDI NRW',
        url: 'https://www.ldi.nrw.de/',
        complaintUrl: 'https://www.ldi.nrw.de/unser-vorgehen-bei-gemeldeten-datenschutzverstoessen',
      },
      {
        area: { en: 'Rhineland-Palatinate', 'zh-hk': '萊茵蘭－普法爾茨州' },
        name: {
          en: 'Der Landesbeauftragte für den Datenschutz und die Informationsfreiheit Rheinland-Pfalz',
          'zh-hk': '萊茵蘭－普法爾茨州資料保障及資訊自由專員',
        },
        abbr: 'LfDI RLP',
        url: 'https://www.datenschutz.rlp.de/',
      },
      {
        area: { en: 'Saarland', 'zh-hk': '薩爾州' },
        name: { en: 'Unabhängiges Datenschutzzentrum Saarland', 'zh-hk': '薩爾州獨立資料保障中心' },
        url: 'https://www.saarland.de/DE/politik-verwaltung/datenschutzzentrum/datenschutzzentrum_node.html',
      },
      {
        area: { en: 'Saxony', 'zh-hk': '薩克森州' },
        name: { en: 'Sächsische Datenschutz- und Transparenzbeauftragte', 'zh-hk': '薩克森州資料保障及透明度專員' },
        abbr: 'SDTB',
        url: 'https://www.datenschutz.sachsen.de/',
        complaintUrl: 'https://www.datenschutz.sachsen.de/beschwerde-einreichen.html',
      },
      {
        area: { en: 'Saxony-Anhalt', 'zh-hk': '薩克森－安哈爾特州' },
        name: { en: 'Landesbeauftragte für den Datenschutz Sachsen-Anhalt', 'zh-hk': '薩克森－安哈爾特州資料保障專員' },
        url: 'https://datenschutz.sachsen-anhalt.de/',
        complaintUrl: 'https://datenschutz.sachsen-anhalt.de/service/online-formulare/beschwerde',
      },
      {
        area: { en: 'Schleswig-Holstein', 'zh-hk': '石勒蘇益格－荷爾斯泰因州' },
        name: { en: 'Unabhängiges Landeszentrum für Datenschutz Schleswig-Holstein', 'zh-hk': '石勒蘇益格－荷爾斯泰因州獨立資料保障中心' },
        abbr: 'ULD',
        url: 'https://www.datenschutzzentrum.de/',
      },
      {
        area: { en: 'Thuringia', 'zh-hk': '圖林根州' },
        name: {
          en: 'Thüringer Landesbeauftragter für den Datenschutz und die Informationsfreiheit',
          'zh-hk': '圖林根州資料保障及資訊自由專員',
        },
        abbr: 'TLfDI',
        url: 'https://www.tlfdi.de/',
      },
    ],
    authorityNote: {
      en: 'In Germany the data protection authorities of the states (Länder), not the federal commissioner (BfDI), supervise most companies. Contact the authority of the state you live in: LinkedIn’s privacy notice says you can go to the authority in your jurisdiction, and Berlin’s authority, for one, handles complaints about companies elsewhere in the EU together with that country’s authority. For LinkedIn, that is Ireland’s Data Protection Commission, its lead authority in the EU.',
      'zh-hk':
        '在德國，大部分企業由各州的資料保障機構監管，而非聯邦資料保障及資訊自由專員（{en:BfDI}）。請聯絡你所居州份的機構：領英的《歐洲地區私隱通知》指你可向所在司法管轄區的監管機構反映；以柏林的機構為例，該機構會與有關國家的機構合作，處理針對其他歐盟國家企業的投訴。就領英而言，那是其在歐盟的牽頭監管機構——愛爾蘭資料保障委員會。',
    },
    authorityCites:
      'bdsg-40#state-authorities-supervise-companies bfdi-zustaendigkeit#states-for-companies linkedin-eu-notice#supervisory-authority berlin-beschwerderecht#eu-companies-with-colleagues lu-cnpd#irish-dpc-one-stop-shop',
    timeZone: 'Europe/Berlin',
    extraZones: ['Europe/Busingen'],
  }),
  european({
    slug: 'greece',
    iso: 'GR',
    name: { en: 'Greece', 'zh-hk': '希臘' },
    group: 'eu',
    authorities: [
      { name: { en: 'Hellenic Data Protection Authority', 'zh-hk': '希臘資料保障局' }, abbr: 'HDPA', url: 'https://www.dpa.gr/' },
    ],
    timeZone: 'Europe/Athens',
  }),
  european({
    slug: 'hungary',
    iso: 'HU',
    name: { en: 'Hungary', 'zh-hk': '匈牙利' },
    group: 'eu',
    authorities: [
      {
        name: {
          en: 'Nemzeti Adatvédelmi és Információszabadság Hatóság (National Authority for Data Protection and Freedom of Information)',
          'zh-hk': '匈牙利國家資料保障及資訊自由局',
        },
        abbr: 'NAIH',
        url: 'https://www.naih.hu/',
      },
    ],
    timeZone: 'Europe/Budapest',
  }),
  european({
    slug: 'ireland',
    iso: 'IE',
    name: { en: 'Ireland', 'zh-hk': '愛爾蘭' },
    group: 'eu',
    authorities: [
      { name: { en: 'Data Protection Commission', 'zh-hk': '愛爾蘭資料保障委員會' }, abbr: 'DPC', url: 'https://www.dataprotection.ie/' },
    ],
    authorityNote: {
      en: 'Under the EU’s one-stop-shop, the DPC supervises LinkedIn’s processing of personal data for the whole EU and EEA.',
      'zh-hk': '根據歐盟的一站式機制，由愛爾蘭資料保障委員會監管領英在整個歐盟及歐洲經濟區處理個人資料的情況。',
    },
    authorityCites: 'lu-cnpd#irish-dpc-one-stop-shop',
    timeZone: 'Europe/Dublin',
    extraZones: ['Eire'],
  }),
  european({
    slug: 'italy',
    iso: 'IT',
    name: { en: 'Italy', 'zh-hk': '意大利' },
    group: 'eu',
    authorities: [
      {
        name: { en: 'Garante per la protezione dei dati personali', 'zh-hk': '意大利個人資料保障局' },
        url: 'https://www.garanteprivacy.it/',
      },
    ],
    timeZone: 'Europe/Rome',
  }),
  european({
    slug: 'latvia',
    iso: 'LV',
    name: { en: 'Latvia', 'zh-hk': '拉脫維亞' },
    group: 'eu',
    authorities: [
      {
        name: { en: 'Datu valsts inspekcija (Data State Inspectorate)', 'zh-hk': '拉脫維亞國家資料監察局' },
        abbr: 'DVI',
        url: 'https://www.dvi.gov.lv/',
      },
    ],
    timeZone: 'Europe/Riga',
  }),
  european({
    slug: 'lithuania',
    iso: 'LT',
    name: { en: 'Lithuania', 'zh-hk': '立陶宛' },
    group: 'eu',
    authorities: [
      {
        name: { en: 'Valstybinė duomenų apsaugos inspekcija (State Data Protection Inspectorate)', 'zh-hk': '立陶宛國家資料保障監察局' },
        abbr: 'VDAI',
        url: 'https://vdai.lrv.lt/',
      },
    ],
    timeZone: 'Europe/Vilnius',
  }),
  european({
    slug: 'luxembourg',
    iso: 'LU',
    name: { en: 'Luxembourg', 'zh-hk': '盧森堡' },
    group: 'eu',
    authorities: [
      {
        name: { en: 'Commission nationale pour la protection des données', 'zh-hk': '盧森堡國家資料保障委員會' },
        abbr: 'CNPD',
        url: 'https://cnpd.public.lu/',
      },
    ],
    timeZone: 'Europe/Luxembourg',
    extraZones: [],
  }),
  european({
    slug: 'malta',
    iso: 'MT',
    name: { en: 'Malta', 'zh-hk': '馬耳他' },
    group: 'eu',
    authorities: [
      {
        name: { en: 'Information and Data Protection Commissioner', 'zh-hk': '馬耳他資訊及資料保障專員' },
        abbr: 'IDPC',
        url: 'https://idpc.org.mt/',
      },
    ],
    timeZone: 'Europe/Malta',
  }),
  european({
    slug: 'netherlands',
    iso: 'NL',
    name: { en: 'Netherlands', 'zh-hk': '荷蘭' },
    nameInSentence: { en: 'the Netherlands' },
    group: 'eu',
    authorities: [
      {
        name: { en: 'Autoriteit Persoonsgegevens (Dutch Data Protection Authority)', 'zh-hk': '荷蘭個人資料保障局' },
        abbr: 'AP',
        url: 'https://autoriteitpersoonsgegevens.nl/',
      },
    ],
    timeZone: 'Europe/Amsterdam',
  }),
  european({
    slug: 'poland',
    iso: 'PL',
    name: { en: 'Poland', 'zh-hk': '波蘭' },
    group: 'eu',
    authorities: [
      {
        name: { en: 'Urząd Ochrony Danych Osobowych (Personal Data Protection Office)', 'zh-hk': '波蘭個人資料保障辦公室' },
        abbr: 'UODO',
        url: 'https://uodo.gov.pl/',
      },
    ],
    timeZone: 'Europe/Warsaw',
    extraZones: ['Poland'],
  }),
  european({
    slug: 'portugal',
    iso: 'PT',
    name: { en: 'Portugal', 'zh-hk': '葡萄牙' },
    group: 'eu',
    authorities: [
      {
        name: { en: 'Comissão Nacional de Proteção de Dados', 'zh-hk': '葡萄牙國家資料保障委員會' },
        abbr: 'CNPD',
        url: 'https://www.cnpd.pt/',
      },
    ],
    timeZone: 'Europe/Lisbon',
    timeZoneCity: { en: 'Lisbon', 'zh-hk': '里斯本' },
    extraZones: ['Atlantic/Madeira', 'Atlantic/Azores', 'Portugal'],
  }),
  european({
    slug: 'romania',
    iso: 'RO',
    name: { en: 'Romania', 'zh-hk': '羅馬尼亞' },
    group: 'eu',
    authorities: [
      {
        name: {
          en: 'Autoritatea Națională de Supraveghere a Prelucrării Datelor cu Caracter Personal (National Supervisory Authority for Personal Data Processing)',
          'zh-hk': '羅馬尼亞國家個人資料處理監管局',
        },
        abbr: 'ANSPDCP',
        url: 'https://www.dataprotection.ro/',
      },
    ],
    timeZone: 'Europe/Bucharest',
  }),
  european({
    slug: 'slovakia',
    iso: 'SK',
    name: { en: 'Slovakia', 'zh-hk': '斯洛伐克' },
    group: 'eu',
    authorities: [
      {
        name: {
          en: 'Úrad na ochranu osobných údajov SR (Office for Personal Data Protection of the Slovak Republic)',
          'zh-hk': '斯洛伐克個人資料保障辦公室',
        },
        url: 'https://dataprotection.gov.sk/',
      },
    ],
    timeZone: 'Europe/Bratislava',
  }),
  european({
    slug: 'slovenia',
    iso: 'SI',
    name: { en: 'Slovenia', 'zh-hk': '斯洛文尼亞' },
    group: 'eu',
    authorities: [
      {
        name: { en: 'Informacijski pooblaščenec (Information Commissioner)', 'zh-hk': '斯洛文尼亞資訊專員' },
        url: 'https://www.ip-rs.si/',
      },
    ],
    timeZone: 'Europe/Ljubljana',
  }),
  european({
    slug: 'spain',
    iso: 'ES',
    name: { en: 'Spain', 'zh-hk': '西班牙' },
    group: 'eu',
    authorities: [
      { name: { en: 'Agencia Española de Protección de Datos', 'zh-hk': '西班牙資料保障局' }, abbr: 'AEPD', url: 'https://www.aepd.es/' },
    ],
    timeZone: 'Europe/Madrid',
    timeZoneCity: { en: 'Madrid', 'zh-hk': '馬德里' },
    extraZones: ['Africa/Ceuta', 'Atlantic/Canary'],
  }),
  european({
    slug: 'sweden',
    iso: 'SE',
    name: { en: 'Sweden', 'zh-hk': '瑞典' },
    group: 'eu',
    authorities: [
      {
        name: { en: 'Integritetsskyddsmyndigheten (Swedish Authority for Privacy Protection)', 'zh-hk': '瑞典私隱保障局' },
        abbr: 'IMY',
        url: 'https://www.imy.se/',
      },
    ],
    timeZone: 'Europe/Stockholm',
  }),
  european({
    slug: 'iceland',
    iso: 'IS',
    name: { en: 'Iceland', 'zh-hk': '冰島' },
    group: 'eea',
    authorities: [
      {
        name: { en: 'Persónuvernd (Icelandic Data Protection Authority)', 'zh-hk': '冰島資料保障局' },
        url: 'https://www.personuvernd.is/',
      },
    ],
    timeZone: 'Atlantic/Reykjavik',
    extraZones: ['Iceland'],
  }),
  european({
    slug: 'liechtenstein',
    iso: 'LI',
    name: { en: 'Liechtenstein', 'zh-hk': '列支敦士登' },
    group: 'eea',
    authorities: [
      {
        name: { en: 'Datenschutzstelle (Data Protection Authority)', 'zh-hk': '列支敦士登資料保障辦公室' },
        url: 'https://www.datenschutzstelle.li/',
      },
    ],
    timeZone: 'Europe/Vaduz',
  }),
  european({
    slug: 'norway',
    iso: 'NO',
    name: { en: 'Norway', 'zh-hk': '挪威' },
    group: 'eea',
    authorities: [
      {
        name: { en: 'Datatilsynet (Norwegian Data Protection Authority)', 'zh-hk': '挪威資料保障局' },
        url: 'https://www.datatilsynet.no/',
      },
    ],
    // Not Arctic/Longyearbyen: Svalbard (SJ) has its own ISO code and is listed under everywhere else, so a device
    // there is not told it is in Norway.
    timeZone: 'Europe/Oslo',
  }),
  {
    slug: 'elsewhere',
    iso: 'XX',
    name: { en: 'Everywhere else', 'zh-hk': '其他地區' },
    // The checker's suggestion names it in a sentence, where "Everywhere else" says nothing. Not "outside Europe":
    // Serbia or Ukraine is everywhere else too.
    nameInSentence: { en: 'a country or region without its own page here', 'zh-hk': '其他地區' },
    group: 'elsewhere',
    timeZone: 'UTC',
    timeZones: ['UTC', 'Etc/UTC'],
    // The day LinkedIn disclosed it (policy update and blog post); members had found the setting on before then.
    trainingSince: '2024-09-18',
    trainingSinceAtTheLatest: true,
  },
]);

export const groupNames: Record<RegionGroup, Record<Locale, string>> = {
  'hong-kong': { en: 'Hong Kong', 'zh-hk': '香港' },
  uk: { en: 'United Kingdom', 'zh-hk': '英國' },
  canada: { en: 'Canada', 'zh-hk': '加拿大' },
  switzerland: { en: 'Switzerland', 'zh-hk': '瑞士' },
  eu: { en: 'European Union', 'zh-hk': '歐盟' },
  eea: { en: 'European Economic Area (outside the EU)', 'zh-hk': '歐洲經濟區（歐盟以外）' },
  elsewhere: { en: 'Everywhere else', 'zh-hk': '其他地區' },
};
