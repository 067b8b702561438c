/**
 * The Chinese edition's terms and register, as the PCPD and the Hong Kong government write them. Each rule is a
 * pattern the built Chinese pages must not contain (outside quotations from sources) and what to write instead.
 * The typography (spacing, full-width punctuation) is checked by zhlint; these are the words it cannot know.
 * e2e/built/chinese-style.test.ts applies them to every Chinese page.
 */
export interface ChineseStyleRule {
  /** A regular expression (source text), matched against each run of Chinese text a reader sees. */
  avoid: string;
  use: string;
  why: string;
}

export const chineseStyleRules: readonly ChineseStyleRule[] = [
  { avoid: '隱私', use: '私隱', why: 'Hong Kong’s word, in the Ordinance’s and the PCPD’s own name' },
  { avoid: '數據保護|資料保護', use: '資料保障（數據保障 in a name that has it）', why: 'the PCPD’s vocabulary' },
  { avoid: '帳號|賬號', use: '帳戶', why: 'Hong Kong usage' },
  { avoid: '默認', use: '預設', why: 'Hong Kong usage' },
  { avoid: '設置', use: '設定', why: 'Hong Kong usage' },
  { avoid: '視頻|信息(?!科技)', use: '影片, 資訊 or 訊息', why: 'Mainland terms' },
  { avoid: '(?<!選擇)退出', use: '關閉 (the setting) or 選擇退出', why: '退出 alone reads as leaving LinkedIn' },
  { avoid: '當地(?:會員|時間|監管機構|的訓練)|在當地', use: 'the place’s name', why: 'no 當地 for a place the sentence can name' },
  {
    avoid: '開啟(?:Latin|直接連結|連結|此頁|網頁|應用程式)',
    use: '前往 or 進入',
    why: '開啟 and 關閉 are for the switch; navigating is 前往/進入',
  },
  { avoid: '「Latin」', use: 'the label in English, then its meaning in brackets', why: 'LinkedIn’s labels are not its Chinese wording' },
  { avoid: '(?<![員障該])辦公室', use: 'the office’s name (資訊專員辦公室) or 該辦公室', why: 'a bare 辦公室 is ambiguous' },
  { avoid: '蘇茨克維爾', use: 'Ilya Sutskever', why: 'no settled Hong Kong transliteration' },
  { avoid: '私隱通知(?!》)', use: '《歐洲地區私隱通知》', why: 'one name for LinkedIn’s European Regional Privacy Notice' },
  { avoid: '(?<!…)…(?!…)|\\.\\.\\.', use: '……', why: 'the Chinese ellipsis is two characters' },
  { avoid: '連到', use: '連結至', why: 'written, not spoken' },
  { avoid: '開多|讀遍|讀過的', use: '多開啟, 查閱過的', why: 'written, not spoken' },
  { avoid: '[嘅咗唔喺佢冇啲嚟睇嗰乜]|係咪', use: 'written Chinese', why: 'spoken Cantonese belongs only in quotations' },
  { avoid: '今天', use: '今日', why: 'Hong Kong written usage' },
  { avoid: '(?:英國|香港|加拿大|瑞士)和(?:英國|香港|加拿大|瑞士)', use: '及', why: 'the PCPD joins the last item of a list with 及' },
  // An authority's own name and abbreviation in brackets are one English phrase: （Data Protection Commission, DPC）.
  { avoid: '（Latin，Latin）', use: '（Data Protection Commission, DPC）', why: 'inside an English gloss, English punctuation' },
  { avoid: '日：(?:更正|新增|修改|刪除|更新)：', use: '2026年12月3日更正：', why: 'one colon: the date joins its label' },
  { avoid: '。 ', use: 'no space between Chinese sentences', why: 'Chinese sets no space after 。' },
  { avoid: ' · |·', use: '｜', why: 'a spaced half-width dot is Latin typography' },
  { avoid: '全指南中英文', use: '本指南的中、英文版本', why: '全指南中 / 英文版本 misparses' },
  { avoid: '十分具吸引力', use: '極具吸引力 or 十分吸引', why: 'awkward' },
  { avoid: '會作監察', use: '會繼續監察', why: 'as the ICO says (“continue to monitor”)' },
  { avoid: '將於[^，。]{0,16}起', use: '將由…起', why: '於 marks a point in time, 由…起 a start' },
  { avoid: '所在地區的資料保障機構', use: '所居州份的資料保障機構', why: 'Germany’s authorities are by state' },
  { avoid: '商討', use: '溝通', why: 'one word for the PCPD’s talks with LinkedIn' },
  {
    avoid: '(?<!私隱)《條例》|香港條例|(?<![》）隱]|數據保障)條例(?!簡介)',
    use: '《私隱條例》',
    why: 'the PCPD’s short form of the Ordinance',
  },
  { avoid: '如何停止。', use: '附關閉方法。', why: 'a fragment as a sentence' },
  {
    avoid: '引述，?領英有關(?:這次改動|2025年更新)的說明頁及更新通知',
    use: '<Once term="pressQuotedNotes" /> or {once:pressQuotedNotes}',
    why: 'the attribution is given in full once a page, then short',
  },
];

/**
 * The PCPD's house style for its own name: the full name with its short form at a page's first mention, then the
 * short form (私隱專員公署) or 公署.
 */
export const pcpdFirstMention = '個人資料私隱專員公署（私隱專員公署）';
export const pcpdShortName = '私隱專員公署';

/**
 * Words a line must not break inside where the break is ours to set (the share cards, drawn at build time):
 * 人／工智能 or 加／拿大 across two lines reads as two words.
 */
export const unbreakableChineseWords: readonly string[] = [
  '生成式人工智能',
  '人工智能',
  '生成式',
  '加拿大',
  '歐洲經濟區',
  '私隱專員公署',
  '資料',
];

/** LinkedIn's words on the 2025 change as the press quoted them: the same words at every mention. */
const pressQuotedNotes = '{en:TechRadar}及{en:The Register}引述的領英說明頁及更新通知';

/**
 * Names a Chinese page gives in full once, at its first mention, and in short after (src/lib/pageMentions.ts settles
 * which is which). Inline markup: `{en:…}` for English words. In data text, `{once:pressQuotedNotes}`; in MDX,
 * <Once term="pressQuotedNotes" />. A term `writtenPlainly` is simply written in its short form everywhere, and the
 * page's first one is found and completed ('inProse': the first in a sentence, not a heading or a quotation).
 */
export const onceAPageTerms = {
  // The PCPD's own Chinese gives LinkedIn's English name beside 領英 where it first names it. The site's name and
  // headings carry 領英 too, so the name is explained where a reader first meets it in a sentence.
  linkedIn: {
    first: '領英（{en:LinkedIn}）',
    later: '領英',
    writtenPlainly: 'inProse',
  },
  // A name we made up for LinkedIn's notice: the English title tells a reader which document it is.
  euNotice: {
    first: '《歐洲地區私隱通知》（{en:European Regional Privacy Notice}）',
    later: '《歐洲地區私隱通知》',
    writtenPlainly: true,
  },
  // Ireland's regulator leads for LinkedIn in Europe and is named on many pages: its own name once, where it first appears.
  irelandDpc: {
    first: '愛爾蘭資料保障委員會（{en:Data Protection Commission, DPC}）',
    later: '愛爾蘭資料保障委員會',
    writtenPlainly: true,
  },
  // Our rendering of Sutskever's "peak data": the English words he used, where a page first gives it in a sentence.
  peakData: {
    first: '「數據見頂」（{en:peak data}）',
    later: '「數據見頂」',
    writtenPlainly: 'inProse',
  },
  // The PCPD's house style for its own name (pcpdFirstMention above), so that a FAQ answer shown on its own page and in
  // the FAQ list each name it in full exactly once.
  pcpd: {
    first: '個人資料私隱專員公署（私隱專員公署）',
    later: '私隱專員公署',
  },
  // LinkedIn's words seen only in the press: both outlets and both documents at every mention, as the English names
  // them every time. A short form (傳媒引述的領英說明) was read by the eighth Hong Kong editor as losing who quoted
  // which document, on pages where a reader jumps to one paragraph (the FAQ list, a region page).
  pressQuotedNotes: { first: pressQuotedNotes, later: pressQuotedNotes },
} as const satisfies Record<string, { first: string; later: string; writtenPlainly?: true | 'inProse' }>;

export type OnceAPageTerm = keyof typeof onceAPageTerms;
