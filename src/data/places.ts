/**
 * Facts about places, beyond the region pages' own records (src/data/regions.ts): the other names readers type, the
 * names a sentence needs, the places whose law is another's, and the places LinkedIn's texts leave unsettled.
 * Everything computed from them (the covered set, short codes, the checker's list) is in src/lib/places.ts.
 */
import type { Locale } from './locales.ts';

/** The ISO code of the "everywhere else" region, which is no country. */
export const elsewhereIso = 'XX';

/**
 * Short codes people type that are not ISO codes. A Map, not an object literal, because the key is whatever a reader
 * put in the address bar: `aliases['__proto__']` on a plain object answers with Object.prototype.
 */
export const shortCodeAliases: ReadonlyMap<string, string> = new Map([['uk', 'GB']]);

/**
 * Places that follow the law of a covered country, not their flag: the EU's outermost regions with ISO codes of their
 * own are in the EU (France's), and Åland is part of Finland. Other territories (Faroe Islands, Greenland, Jersey,
 * Guernsey, the Isle of Man, Gibraltar) are not in the EU, the EEA or the UK for this purpose.
 */
export const coveredTerritories: ReadonlyMap<string, string> = new Map([
  ['AX', 'FI'],
  ['GF', 'FR'],
  ['GP', 'FR'],
  ['MQ', 'FR'],
  ['RE', 'FR'],
  ['YT', 'FR'],
  ['MF', 'FR'],
]);

/**
 * Country and territory names as a sentence needs them, where that differs from the name in a list: English takes
 * "the" before these ("Your device's time zone suggests the United States"). The names themselves come from CLDR
 * (src/lib/countries.ts); only the exceptions are written here. Covered places keep theirs in src/data/regions.ts.
 */
export const placeNamesInSentence: ReadonlyMap<string, Partial<Record<Locale, string>>> = new Map([
  ['AE', { en: 'the United Arab Emirates' }],
  ['BS', { en: 'the Bahamas' }],
  ['CF', { en: 'the Central African Republic' }],
  ['DO', { en: 'the Dominican Republic' }],
  ['FO', { en: 'the Faroe Islands' }],
  ['GM', { en: 'the Gambia' }],
  ['KY', { en: 'the Cayman Islands' }],
  ['MH', { en: 'the Marshall Islands' }],
  ['MV', { en: 'the Maldives' }],
  ['PH', { en: 'the Philippines' }],
  ['SB', { en: 'the Solomon Islands' }],
  ['US', { en: 'the United States' }],
  ['VA', { en: 'the Vatican' }],
]);

/**
 * Names as Hong Kong writes them, where the CLDR data behind the list (src/lib/countries.ts) gives another form,
 * mostly Taiwan's (帛琉, 吉里巴斯, 突尼西亞), or a long official one (中國澳門特別行政區). The CLDR name stays an alias,
 * so a reader who types it still finds the place. Compound names join with 及 and brackets are full-width everywhere,
 * by rule (src/lib/countries.ts), so they are not listed here.
 */
export const placeNameOverrides: ReadonlyMap<string, Partial<Record<Locale, string>>> = new Map([
  ['AI', { 'zh-hk': '安圭拉' }],
  // Mainland China as the Hong Kong government and the PCPD write it beside Hong Kong and Macao.
  ['CN', { 'zh-hk': '中國內地' }],
  ['GP', { 'zh-hk': '瓜德羅普' }],
  ['MP', { 'zh-hk': '北馬里亞納群島' }],
  ['WF', { 'zh-hk': '瓦利斯及富圖納群島' }],
  ['CD', { 'zh-hk': '剛果（金沙薩）' }],
  ['CG', { 'zh-hk': '剛果（布拉柴維爾）' }],
  ['KI', { 'zh-hk': '基里巴斯' }],
  ['MO', { 'zh-hk': '澳門' }],
  ['PM', { 'zh-hk': '聖皮埃爾及密克隆群島' }],
  ['PS', { 'zh-hk': '巴勒斯坦' }],
  ['PW', { 'zh-hk': '帕勞' }],
  ['TN', { 'zh-hk': '突尼斯' }],
  // GovHK and the Immigration Department write 新西蘭.
  ['NZ', { 'zh-hk': '新西蘭' }],
]);

/**
 * Places where LinkedIn's own texts do not settle whether, or since when, it trains on members' data, so the checker
 * says that instead of guessing. Mainland China: no text the guide quotes (LinkedIn's help page, privacy policy,
 * European notice) addresses members there, and the press reports of "everywhere else" do not name it.
 */
export const unsettledPlaces: ReadonlySet<string> = new Set(['CN']);

/**
 * Other names readers type for the guide's places, beyond the ISO code and the names the country data package gives
 * (src/lib/countries.ts adds those): names in the country's own languages, older or informal names, the parts of a
 * country, the English adjective readers use for its people and bodies ("Swiss members", "the Irish regulator"), and
 * the Chinese names used outside Hong Kong. Search reads them; pages do not show them.
 */
export const placeAliases: Readonly<Record<string, Partial<Record<Locale, readonly string[]>>>> = {
  'hong-kong': { en: ['HKSAR', 'Hong Kong SAR', 'Kowloon', 'New Territories'], 'zh-hk': ['香港特區', '香港特別行政區', '港'] },
  'united-kingdom': {
    en: ['Britain', 'Great Britain', 'England', 'Scotland', 'Wales', 'Northern Ireland', 'London', 'British'],
    'zh-hk': ['英国', '英倫', '大不列顛', '英格蘭', '蘇格蘭', '威爾斯', '北愛爾蘭', '倫敦'],
  },
  canada: { en: ['Toronto', 'Vancouver', 'Montreal', 'Québec', 'Canadian'], 'zh-hk': ['加國', '多倫多', '溫哥華', '满地可', '滿地可'] },
  switzerland: {
    en: ['Schweiz', 'Suisse', 'Svizzera', 'Helvetia', 'Zurich', 'Geneva', 'Swiss'],
    'zh-hk': ['瑞士聯邦', '蘇黎世', '日內瓦'],
  },
  austria: { en: ['Österreich', 'Osterreich', 'Vienna', 'Wien', 'Austrian'], 'zh-hk': ['奥地利', '維也納'] },
  belgium: { en: ['België', 'Belgique', 'Belgien', 'Brussels', 'Belgian'], 'zh-hk': ['比利时', '布魯塞爾'] },
  bulgaria: { en: ['България', 'Bulgariya', 'Bulgarian'], 'zh-hk': ['保加利亚'] },
  croatia: { en: ['Hrvatska', 'Croatian'], 'zh-hk': ['克罗地亚', '克羅埃西亞'] },
  cyprus: { en: ['Κύπρος', 'Kıbrıs', 'Kypros', 'Cypriot'], 'zh-hk': ['塞浦路斯', '賽普勒斯'] },
  czechia: { en: ['Czech Republic', 'Česko', 'Ceska republika', 'Prague', 'Czech'], 'zh-hk': ['捷克共和國', '布拉格'] },
  denmark: { en: ['Danmark', 'Copenhagen', 'Danish'], 'zh-hk': ['丹麦', '哥本哈根'] },
  estonia: { en: ['Eesti', 'Estonian'], 'zh-hk': ['爱沙尼亚'] },
  finland: { en: ['Suomi', 'Helsinki', 'Finnish'], 'zh-hk': ['芬兰', '赫爾辛基'] },
  france: { en: ['Paris', 'French'], 'zh-hk': ['法国', '巴黎'] },
  germany: { en: ['Deutschland', 'Berlin', 'Munich', 'German'], 'zh-hk': ['德国', '柏林'] },
  greece: { en: ['Ελλάδα', 'Hellas', 'Ellada', 'Greek'], 'zh-hk': ['希腊'] },
  hungary: { en: ['Magyarország', 'Magyarorszag', 'Budapest', 'Hungarian'], 'zh-hk': ['匈牙利共和國'] },
  ireland: { en: ['Éire', 'Eire', 'Republic of Ireland', 'Dublin', 'Irish'], 'zh-hk': ['爱尔兰', '都柏林'] },
  italy: { en: ['Italia', 'Rome', 'Milan', 'Italian'], 'zh-hk': ['義大利', '义大利', '羅馬'] },
  latvia: { en: ['Latvija', 'Latvian'], 'zh-hk': ['拉脱维亚'] },
  lithuania: { en: ['Lietuva', 'Lithuanian'], 'zh-hk': ['立陶宛共和國'] },
  luxembourg: { en: ['Lëtzebuerg', 'Luxemburg', 'Luxembourgish'], 'zh-hk': ['卢森堡'] },
  malta: { en: ['Valletta', 'Maltese'], 'zh-hk': ['马耳他', '馬爾他'] },
  netherlands: { en: ['Holland', 'Nederland', 'Amsterdam', 'Dutch'], 'zh-hk': ['荷兰', '尼德蘭', '阿姆斯特丹'] },
  poland: { en: ['Polska', 'Warsaw', 'Polish'], 'zh-hk': ['波兰', '華沙'] },
  portugal: { en: ['Lisbon', 'Lisboa', 'Portuguese'], 'zh-hk': ['葡国', '葡國', '里斯本'] },
  romania: { en: ['România', 'Bucharest', 'Romanian'], 'zh-hk': ['罗马尼亚'] },
  slovakia: { en: ['Slovensko', 'Slovak Republic', 'Slovak'], 'zh-hk': ['斯洛伐克共和國'] },
  slovenia: { en: ['Slovenija', 'Slovenian'], 'zh-hk': ['斯洛文尼亚', '斯洛維尼亞'] },
  spain: { en: ['España', 'Espana', 'Madrid', 'Barcelona', 'Spanish'], 'zh-hk': ['西班牙王國', '馬德里'] },
  sweden: { en: ['Sverige', 'Stockholm', 'Swedish'], 'zh-hk': ['瑞典王國', '斯德哥爾摩'] },
  iceland: { en: ['Ísland', 'Icelandic'], 'zh-hk': ['冰岛'] },
  liechtenstein: { en: ['Lichtenstein', 'Vaduz', 'Liechtensteiner'], 'zh-hk': ['列支敦斯登'] },
  norway: { en: ['Norge', 'Noreg', 'Oslo', 'Norwegian'], 'zh-hk': ['挪威王國', '奧斯陸'] },
  elsewhere: { en: ['rest of the world', 'other countries', 'not listed'], 'zh-hk': ['其他國家', '其他地方'] },
};
