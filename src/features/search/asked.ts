/**
 * Questions each answer answers, in other words than its heading: written by an editor from what the answer says
 * (never from a set of test queries), in both languages. The build indexes them as a field of the section
 * (fieldIndex.ts); no page shows them. The key is the section: a page's route, with the heading's anchor for a part
 * of it (the anchors are the same in both languages).
 */
import type { Locale } from '../../lib/i18n.ts';

export const asked: Record<string, Record<Locale, readonly string[]>> = {
  '/faq/#when-did-it-start': {
    en: ['since when has my data been used for ai', 'what date did the training begin', 'start date of the change'],
    'zh-hk': ['由幾時開始用我的資料', '訓練由哪一天開始', '改動的開始日期'],
  },
  '/faq/#who-is-affected': {
    en: ['does this apply to me', 'which members and countries are included', 'am i included in the training'],
    'zh-hk': ['我有冇受影響', '哪些會員和地方包括在內', '這件事與我有關嗎'],
  },
  '/faq/#how-do-i-opt-out': {
    en: ['the short answer: where the switch is'],
    'zh-hk': ['簡短答案：開關在哪裏'],
  },
  '/faq/#what-data': {
    en: ['which of my information is used', 'does it use my profile posts and comments', 'what kind of data goes into training'],
    'zh-hk': ['用咗我哪些資料', '個人檔案和帖文會被使用嗎', '訓練用甚麼類型的資料'],
  },
  '/faq/#private-messages': {
    en: ['are my messages read for ai', 'does it train on my chats or inbox', 'are group messages used'],
    'zh-hk': ['我的訊息會被用來訓練嗎', '私訊會唔會被人工智能讀取', '群組訊息會被使用嗎'],
  },
  '/faq/#under-18': {
    en: ['is my child affected', 'teenagers and school students', 'data of young people under eighteen'],
    'zh-hk': ['我的子女受影響嗎', '中學生的資料會被使用嗎', '未成年會員'],
  },
  '/faq/#can-i-undo-it': {
    en: ['can i remove my data from a model already trained', 'can training be reversed', 'is it too late if my data was used'],
    'zh-hk': ['已經訓練的模型可以刪除我的資料嗎', '可以撤回已完成的訓練嗎', '資料已被使用是否太遲'],
  },
  '/faq/#opted-out-in-2024': {
    en: ['i already opted out before is it still valid', 'does my earlier choice still hold', 'do i have to switch it off again'],
    'zh-hk': ['之前已經關閉仲有效嗎', '以前的選擇是否仍然有效', '需要再關閉一次嗎'],
  },
  '/faq/#hong-kong-vs-elsewhere': {
    en: ['why was hong kong paused', 'is hong kong different from the eu or us', 'hong kong compared with other countries'],
    'zh-hk': ['香港同其他地方有咩分別', '香港為何曾經暫停', '香港與歐盟比較'],
  },
  '/faq/#is-it-legal': {
    en: ['is linkedin allowed to do this', 'what legal basis does linkedin rely on', 'does it break privacy law without consent'],
    'zh-hk': ['領英這樣做是否違法', '領英依據甚麼法律基礎', '未經同意是否違反私隱法例'],
  },
  '/faq/#objection-form': {
    en: ['how do i object formally', 'form to object to data processing', 'do i need to fill in a form'],
    'zh-hk': ['怎樣正式提出反對', '反對處理資料的表格', '需要填表嗎'],
  },
  '/faq/#microsoft': {
    en: ['is my data given to microsoft', 'does microsoft or openai get linkedin data', 'sharing with affiliates'],
    'zh-hk': ['微軟會取得我的資料嗎', '領英把資料交給微軟嗎', '與聯屬公司分享資料'],
  },
  '/faq/#delete-account': {
    en: ['should i close my account', 'will removing my profile stop the training', 'do i need to leave linkedin'],
    'zh-hk': ['要唔要刪除帳戶', '刪除帳戶可以阻止訓練嗎', '需要離開領英嗎'],
  },
  '/faq/#companies': {
    en: ['what should employers do', 'can an admin switch it off for all staff', 'company page and employees'],
    'zh-hk': ['公司可以替員工關閉嗎', '僱主應該做甚麼', '公司專頁管理員'],
  },
  '/faq/#complain': {
    en: ['where can i file a complaint', 'who do i report linkedin to', 'contact the data protection authority'],
    'zh-hk': ['可以去邊度投訴', '向哪個監管機構投訴', '怎樣投訴領英'],
  },
  '/faq/#who-is-pcpd': {
    en: ['what is the privacy commissioner', 'hong kong privacy regulator', 'who enforces the personal data ordinance'],
    'zh-hk': ['私隱專員公署是甚麼', '香港的私隱監管機構', '誰執行私隱條例'],
  },
  '/faq/#check-it-worked': {
    en: ['how can i confirm the setting is off', 'did my opt out work', 'verify the switch is off'],
    'zh-hk': ['怎樣確認設定已關閉', '點知已經成功關閉', '檢查開關是否關閉'],
  },
  '/faq/#why-does-linkedin-want-it': {
    en: ['why does linkedin need my data', 'what does linkedin gain from training', 'why is ai hungry for data'],
    'zh-hk': ['領英為甚麼需要我的資料', '領英訓練人工智能有甚麼好處', '為何人工智能需要大量資料'],
  },
  '/opt-out/': {
    en: ['how to turn off linkedin ai training', 'steps to switch off the setting', 'stop linkedin using my data'],
    'zh-hk': ['點樣關閉領英人工智能訓練', '關閉設定的步驟', '停止領英使用我的資料'],
  },
  '/opt-out/#what-switching-it-off-does-and-does-not-do': {
    en: ['what happens after i opt out', 'does switching off delete my data'],
    'zh-hk': ['關閉之後會怎樣', '關閉設定會刪除資料嗎'],
  },
  '/opt-out/#the-separate-advertising-setting': {
    en: ['ads setting', 'stop ads using my data'],
    'zh-hk': ['廣告的設定', '停止用我的資料做廣告'],
  },
  '/timeline/': {
    en: ['what happened and when', 'history of the change', 'chronology and key dates of events'],
    'zh-hk': ['事件經過', '由頭到尾發生了甚麼', '事情的先後次序和重要日期'],
  },
  '/pcpd-warning/': {
    en: ['what did the hong kong privacy commissioner say', 'pcpd statement about linkedin'],
    'zh-hk': ['私隱專員公署說了甚麼', '香港私隱專員對領英的聲明'],
  },
  '/why-now/': {
    en: ['why do ai companies want our writing', 'why is this happening now'],
    'zh-hk': ['為甚麼人工智能公司想要我們的文字', '為何現在發生'],
  },
  '/sources/': {
    en: ['where does this information come from', 'references and citations'],
    'zh-hk': ['資料從哪裏來', '參考資料和出處'],
  },
  '/regions/': {
    en: ['which countries are affected', 'check my country'],
    'zh-hk': ['哪些國家受影響', '查詢我的國家'],
  },
};
