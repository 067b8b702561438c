/**
 * The little search knows about words beyond the pages themselves (rank.ts reads it). Everything here ADDS words to a
 * query and never replaces or drops what the reader typed: the ranking weighs every word by how rare it is, so a word
 * the guide never uses simply scores nothing. A row belongs here only when it is a real difference of vocabulary
 * (an everyday or spoken word for what the guide writes otherwise), never to mend one query.
 */
import type { Locale } from '../../lib/i18n.ts';

/**
 * Words an English question is built from. They are on every page, so their weight is near nothing anyway; leaving
 * them out keeps the index small and a question's own words in charge. Not the question words that say what kind
 * of answer is wanted (how, what, when, where, who, why): a FAQ question begins with one, and "when did it start"
 * asks for a date where "why did it start" asks for a reason.
 */
export const englishStopwords: ReadonlySet<string> = new Set(
  `a about am an and any are as at be been being but by can could did do does doing done for from get got had has have
i if in into is it its me my of on or our so some than that the their them then there these they this those to too
was we were which whom will with would you your also just`.split(/\s+/),
);

/**
 * Chinese characters that mostly build a sentence rather than say what it is about, written and spoken (Cantonese):
 * particles, pronouns, negation, auxiliaries and measure words. A pair with them counts less (rank.ts pairWeight);
 * nothing is dropped.
 */
export const functionChars: ReadonlySet<string> = new Set([
  ...'的了是在我你他她它們這那個嗎呢吧啊呀咗啲嘅係咪唔冇有無都也就要會可以能把被將和與及或而但如果因為所於對給俾畀佢哋喺嚟咁點樣乜咩邊幾未仲再又還已經甚麼怎麼哪誰何否不',
]);

/** An everyday word (whole words in English, anywhere in Chinese) and the guide's words it adds to the query. */
export type Addition = readonly [heard: string, adds: string];

const english: Addition[] = [
  ['turn off', 'opt out switch off'],
  ['disable', 'opt out switch off'],
  ['deactivate', 'opt out switch off'],
  ['stop', 'opt out'],
  ['unsubscribe', 'opt out'],
  ['optout', 'opt out'],
  ['dm', 'private messages'],
  ['dms', 'private messages'],
  ['inbox', 'private messages'],
  ['inmail', 'private messages'],
  ['chats', 'private messages'],
  ['kids', 'under 18'],
  ['children', 'under 18'],
  ['child', 'under 18'],
  ['son', 'under 18'],
  ['daughter', 'under 18'],
  ['teen', 'under 18'],
  ['teenager', 'under 18'],
  ['minor', 'under 18'],
  ['pdpo', 'ordinance'],
  ['hk', 'hong kong'],
  ['uk', 'united kingdom'],
  ['watchdog', 'regulator'],
  ['allowed', 'legal'],
  ['illegal', 'legal'],
  ['lawful', 'legal'],
  ['permission', 'consent'],
  ['cv', 'résumés'],
  ['resume', 'résumés'],
  ['ads', 'advertising'],
  ['chatgpt', 'generative ai openai'],
  ['copilot', 'microsoft'],
  ['history', 'timeline'],
  ['references', 'sources'],
  ['mistakes', 'corrections'],
  ['computer', 'website'],
  ['desktop', 'website'],
  ['employer', 'company page'],
  ['mainland', 'china'],
  ['verify', 'check'],
  ['confirm', 'check'],
  ['membership', 'account'],
  ['usa', 'united states'],
  ['america', 'united states'],
];

/**
 * Spoken Cantonese and everyday forms → the written words the guide uses (the PCPD's written Hong Kong Chinese),
 * and characters typed on the mainland for the guide's terms.
 */
const chinese: Addition[] = [
  ['閂', '關閉'],
  ['熄', '關閉'],
  ['停用', '關閉'],
  ['取消', '關閉'],
  ['退出', '關閉'],
  ['唔俾', '關閉 拒絕'],
  ['使唔使', '需要'],
  ['點樣', '如何 怎樣'],
  ['點做', '如何 怎樣'],
  ['點解', '為何 為甚麼'],
  ['幾時', '何時'],
  ['點知', '怎樣確認'],
  ['關咗', '關閉'],
  ['邊啲', '哪些'],
  ['邊度嚟', '來源'],
  ['嚟', '來'],
  ['嘢', '資料'],
  ['掣', '開關'],
  ['邊個', '誰'],
  ['係咪', '是否'],
  ['會唔會', '會否'],
  ['有冇', '有沒有'],
  ['冇', '沒有'],
  ['唔', '不'],
  ['咩', '甚麼'],
  ['嘅', '的'],
  ['畀', '給'],
  ['俾', '給'],
  ['佢', '他'],
  ['而家', '現在'],
  ['攞', '取'],
  ['搵', '找'],
  ['睇', '看'],
  ['刪咗', '刪除'],
  ['隱私', '私隱'],
  ['人工智慧', '人工智能'],
  ['賬戶', '帳戶'],
  ['帳號', '帳戶'],
  ['戶口', '帳戶'],
  ['銷戶', '刪除帳戶'],
  ['私訊', '私人訊息'],
  ['子女', '未滿18歲'],
  ['仔女', '未滿18歲'],
  ['個仔', '未滿18歲'],
  ['個女', '未滿18歲'],
  ['細路', '未滿18歲'],
  ['未成年', '未滿18歲'],
  ['青少年', '未滿18歲'],
  ['內地', '中國'],
  ['大陸', '中國'],
  ['犯法', '合法'],
  ['違法', '合法'],
  ['舉報', '投訴'],
  ['問過', '同意'],
  ['電腦', '網頁版'],
  ['告', '投訴'],
  ['本港', '香港'],
  ['大馬', '馬來西亞'],
  ['楓葉國', '加拿大'],
  ['始末', '時間線 經過'],
  ['來龍去脈', '時間線 經過'],
  // English words in Cantonese sentences, and the guide's Chinese for them
  ['linkedin', '領英'],
  ['ai', '人工智能'],
  ['opt out', '關閉'],
  ['cv', '履歷'],
  ['resume', '履歷'],
  ['account', '帳戶'],
  ['delete', '刪除'],
  ['check', '確認 檢查'],
  ['train', '訓練'],
  ['training', '訓練'],
  ['app', '應用程式'],
  ['setting', '設定'],
  ['off', '關閉'],
  ['profile', '個人檔案'],
  ['hk', '香港'],
  ['uk', '英國'],
  ['hr', '公司 員工'],
];

export const additions: Record<Locale, readonly Addition[]> = { en: english, 'zh-hk': chinese };

/**
 * Simplified characters readers outside Hong Kong type, with the traditional ones the guide uses: only characters
 * whose traditional form is unambiguous.
 */
const simplifiedToTraditional =
  '领領国國尔爾兰蘭门門隐隱设設训訓练練据據资資帐帳户戶删刪关關闭閉诉訴软軟广廣时時间間线線欧歐义義马馬罗羅亚亞陆陸湾灣' +
  '韩韓泽澤纳納维維达達宁寧脑腦电電机機术術标標样樣个個岁歲专專页頁员員会會题題问問应應该該选選项項网網发發开開动動' +
  '对對为為这這么麼号號条條规規则則权權监監构構报報讯訊图圖书書录錄证證签簽处處过過还還们們吗嗎说說话話让讓认認' +
  '识識计計划劃务務业業团團体體经經济濟历歷产產数數实實现現将將与與从從东東华華乐樂传傳伦倫伤傷众眾优優价價' +
  '厅廳县縣营營读讀请請谁誰给給阅閱审審总總约約级級组組织織细細终終结結绝絕统統续續绩績络絡缘緣' +
  '丽麗鲁魯卢盧麦麥腊臘脱脫';

/** simplified → traditional, one character each. */
export const traditionalChars: ReadonlyMap<string, string> = new Map(
  [...simplifiedToTraditional.matchAll(/(.)(.)/gu)].map(([, s, t]) => [s!, t!]),
);
