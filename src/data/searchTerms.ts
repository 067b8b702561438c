/**
 * What search does with readers' words before Pagefind sees them (src/lib/searchPlan.ts applies it): the words that
 * carry no meaning in a question, the everyday words for what the guide calls something else, and the simplified
 * forms of the characters the guide writes in traditional Chinese. Pages never show any of it.
 *
 * A synonym replaces the reader's words rather than adding to them, because Pagefind looks for pages holding every
 * word of a query: "disable linkedin ai" must become "opt out linkedin ai", not "disable opt out linkedin ai".
 */
import type { Locale } from './locales.ts';

/**
 * Words a question is made of ("how do I…", "is my…") and everyday verbs that name no topic ("give", "need"). Lower
 * case. Not "want": why LinkedIn and AI companies want the data is a question the guide answers.
 */
const englishStopwords = `a about after am an and any are as at be been being but by can could did do does doing done for from get
got had has have how i i'm im if in into is it it's its just me my of on or our really should so some stuff
than that the their them then there these they thing things this those to too too was we were what when where which who
whom why will with would you your yours also even still again already anymore please wanna gonna way help
tell know let
give gives given read reads need needs happen happens happened say says said told make makes take takes go goes
going put see look find think last actually anything something everything anyone someone`
  .split(/\s+/)
  .filter(Boolean);

/**
 * Cantonese and written-Chinese particles and question frames, longest first so that 使唔使 goes before 使. Removed from
 * inside a run of characters, as Chinese has no spaces between words.
 */
const chineseStopPhrases = [
  '使唔使',
  '要唔要',
  '會唔會',
  '係唔係',
  '犯唔犯',
  '攞唔攞得',
  '有冇',
  '係咪',
  '點樣',
  '點解',
  '應該',
  '已經',
  '之後',
  '之前',
  '就得',
  '你哋',
  '我哋',
  '佢哋',
  '一下',
  '請問',
  '怎麼',
  '甚麼',
  '什麼',
  '為甚麼',
  '為什麼',
  '如何',
  '可以',
  '是否',
  '咁做',
  '咁',
  '咗',
  '嘅',
  '啲',
  '咩',
  '嗎',
  '呢',
  '吖',
  '喎',
  '囉',
  '嘛',
  '咪',
  '唔',
  '我',
  '你',
  '個',
  '的',
  '了',
  '點',
  '邊',
  '緊',
  '喺',
  '係',
  '同',
  '就',
  '都',
  '去',
].sort((a, b) => b.length - a.length);

/**
 * Everyday words → the guide's words. Keys are matched as whole words in English and anywhere in Chinese, longest
 * first; a value of '' drops the words. Each row is a reader's word for something the guide names differently.
 */
const englishSynonyms: Record<string, string> = {
  // switching it off
  'turn off': 'opt out',
  'turning off': 'opt out',
  'switch off': 'opt out',
  disable: 'opt out',
  deactivate: 'opt out',
  'opt-out': 'opt out',
  optout: 'opt out',
  'opting out': 'opt out',
  unsubscribe: 'opt out',
  block: 'opt out',
  prevent: 'opt out',
  refuse: 'opt out',
  'dont want': 'opt out',
  'do not want': 'opt out',
  'stop linkedin': 'opt out linkedin',
  linkin: 'linkedin',
  mainland: '',
  // private messages
  dms: 'private messages',
  dm: 'private messages',
  'direct messages': 'private messages',
  inbox: 'private messages',
  chats: 'private messages',
  'inbox chats': 'private messages',
  inmail: 'private messages',
  // the law and the regulator in Hong Kong
  pdpo: 'ordinance',
  'cap 486': 'ordinance',
  hk: 'hong kong',
  watchdog: 'regulator',
  'privacy commissioner': 'pcpd',
  dpp3: 'principle 3',
  // Europe's lead regulator for LinkedIn: the guide names the country, "Ireland's Data Protection Commission"
  irish: 'ireland',
  // people and accounts
  teenagers: 'under 18',
  teenager: 'under 18',
  teens: 'under 18',
  teen: 'under 18',
  minors: 'under 18',
  minor: 'under 18',
  children: 'under 18',
  kids: 'under 18',
  underage: 'under 18',
  'under-18': 'under 18',
  daughter: 'under 18',
  son: 'under 18',
  close: 'delete',
  closing: 'deleting',
  'business page': 'company page',
  'company profile': 'company page',
  staff: 'employee',
  employees: 'employee',
  employer: 'company page',
  cv: 'résumés',
  resume: 'résumés',
  // what the data is used for
  'ad targeting': 'advertising',
  ads: 'advertising',
  adverts: 'advertising',
  chatgpt: 'generative ai',
  unlearn: 'undo training',
  'remove my data from the trained model': 'undo training',
  'trained model': 'undo training',
  permission: 'consent',
  'without asking': 'consent',
  allowed: 'legal',
  lawful: 'legal',
  legality: 'legal',
  illegal: 'legal',
  // complaining
  'lodge a complaint': 'complain',
  complaint: 'complain',
  report: 'complain',
  // making sure
  'how can i tell': 'check',
  'how do i know': 'check',
  confirm: 'check',
  verify: 'check',
  // the guide's pages
  chronology: 'timeline',
  history: 'timeline',
  'when did': 'start',
  references: 'sources',
  citations: 'sources',
  'where does this info come from': 'sources',
  'info come from': 'sources',
  errors: 'corrections',
  mistakes: 'corrections',
  desktop: 'website',
  browser: 'website',
  computer: 'website',
  laptop: 'website',
  pc: 'website',
  ios: 'iphone',
  ipad: 'iphone',
  // dates
  jan: 'january',
  feb: 'february',
  mar: 'march',
  apr: 'april',
  jun: 'june',
  jul: 'july',
  aug: 'august',
  sep: 'september',
  sept: 'september',
  oct: 'october',
  nov: 'november',
  dec: 'december',
};

const chineseSynonyms: Record<string, string> = {
  // switching it off
  停用: '關閉',
  取消: '關閉',
  關掉: '關閉',
  熄咗: '關閉',
  熄: '關閉',
  關咗: '關閉',
  退出: '關閉',
  唔俾: '關閉',
  // words for the same thing
  隱私: '私隱',
  人工智慧: '人工智能',
  賬戶: '帳戶',
  賬號: '帳戶',
  帳號: '帳戶',
  戶口: '帳戶',
  account: '帳戶',
  under: '未滿',
  註銷: '刪除',
  刪咗: '刪除',
  銷戶: '刪除',
  企業專頁: '公司專頁',
  公司頁面: '公司專頁',
  私人信息: '私人訊息',
  私訊: '私人訊息',
  inbox: '私人訊息',
  dm: '私人訊息',
  // The Chinese pages call LinkedIn 領英.
  linkedin: '領英',
  linkdin: '領英',
  linkedln: '領英',
  linkin: '領英',
  中國內地: '中國',
  大事年表: '時間線',
  時序: '時間線',
  時間表: '時間線',
  未成年: '18',
  青少年: '18',
  細路: '18',
  個仔: '18',
  個女: '18',
  未夠: '未滿',
  用緊: '',
  邊度嚟: '來源',
  出處: '來源',
  問過: '同意',
  私隱公署: '私隱專員公署',
  私隱署: '私隱專員公署',
  舉報: '投訴',
  犯法: '合法',
  違法: '合法',
  條例: '私隱條例',
  老闆: '公司專頁',
  同事: '公司專頁',
  電腦版: '網頁版',
  電腦: '網頁版',
  幾時開始: '何時開始',
  幾時: '何時',
  攞返: '撤銷',
  攞得返: '撤銷',
  星洲: '新加坡',
  楓葉國: '加拿大',
  奧國: '奧地利',
  英倫: '英國',
};

/**
 * Simplified characters readers outside Hong Kong type, with the traditional ones the guide uses. Only characters
 * whose traditional form is unambiguous; the page text decides which are worth listing.
 */
const simplifiedToTraditional =
  '领領国國尔爾兰蘭门門隐隱设設训訓练練据據资資帐帳户戶删刪关關闭閉诉訴软軟广廣时時间間线線欧歐义義马馬罗羅亚亞陆陸湾灣' +
  '韩韓泽澤纳納维維达達宁寧脑腦电電机機术術标標样樣个個岁歲专專页頁员員会會题題问問应應该該选選项項网網发發开開动動' +
  '对對为為这這么麼号號条條规規则則权權监監构構报報讯訊图圖书書录錄证證签簽处處过過还還么麼们們吗嗎说說话話让讓认認' +
  '识識计計划劃务務业業团團体體经經济濟历歷产產数數实實现現将將与與从從东東华華乐樂传傳伦倫伤傷众眾优優价價众眾' +
  '厅廳历歷县縣营營读讀请請谁誰给給吗嗎阅閱审審总總约約级級组組织織细細终終结結绝絕统統续續绩績络絡缘緣网網罗羅' +
  '荷荷兰蘭丽麗鲁魯卢盧芬芬挪挪威威典典麦麥腊臘匈匈塞塞捷捷拉拉脱脫陶陶斯斯尼尼伐伐克克洛洛';

export interface SearchTerms {
  stopwords: ReadonlySet<string>;
  /** Whole phrases, longest first. */
  synonyms: readonly (readonly [string, string])[];
  stopPhrases: readonly string[];
}

const byLength = (table: Record<string, string>) =>
  Object.entries(table).sort(([a], [b]) => b.length - a.length) as readonly (readonly [string, string])[];

export const searchTerms: Record<Locale, SearchTerms> = {
  en: { stopwords: new Set(englishStopwords), synonyms: byLength(englishSynonyms), stopPhrases: [] },
  'zh-hk': { stopwords: new Set(englishStopwords), synonyms: byLength(chineseSynonyms), stopPhrases: chineseStopPhrases },
};

/** simplified → traditional, one character each. */
export const traditionalChars: ReadonlyMap<string, string> = new Map(
  [...simplifiedToTraditional.matchAll(/(.)(.)/gu)].filter(([, s, t]) => s !== t).map(([, s, t]) => [s!, t!]),
);
