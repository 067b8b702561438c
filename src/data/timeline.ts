import { timelineEventSchema, type TimelineEvent } from './schema.ts';

/** The dated story, oldest first. Each entry cites the sources that establish it. */
export const timeline: readonly TimelineEvent[] = timelineEventSchema.array().parse([
  {
    id: 'training-starts-outside-europe',
    date: '2024-09-18',
    title: {
      en: 'LinkedIn’s privacy policy and blog post say it trains AI on members’ data',
      'zh-hk': '領英在私隱政策及網誌中表明以會員資料訓練人工智能',
    },
    summary: {
      en: 'LinkedIn updates its privacy policy and publishes a blog post saying it uses members’ data to train generative-AI models, with a setting that is on unless members switch it off. Members had already found the setting, switched on for them, before the policy was updated. Members in the EU, the EEA and Switzerland are left out. Hong Kong and Canada are included until LinkedIn pauses there in the months that follow.',
      'zh-hk':
        '領英更新私隱政策並發表網誌文章，表示正以會員資料訓練生成式人工智能模型，而有關設定預設開啟，除非會員自行關閉。在私隱政策更新之前，已有會員發現這個早已替他們開啟的設定。歐盟、歐洲經濟區及瑞士的會員不包括在內。香港及加拿大則包括在內，直至領英在其後數月暫停在這兩地的訓練。',
    },
    regions: ['elsewhere', 'hong-kong', 'canada'],
    sources: [
      'linkedin-privacy-policy-2024-09#effective-2024-09-18',
      'scmp-2024-10-15#blog-post-18-september',
      'scmp-2024-10-15#manual-opt-out',
      'techradar-2024-09#noticed-new-setting',
      'techradar-2024-09#terms-not-updated',
      'techradar-2024-09#eu-eea-switzerland-exempt',
      'hkfp-2024-10-15#without-notifying-writing-suggestions',
      'opc-2024-12-10#media-reports-without-notice',
    ],
  },
  {
    id: 'uk-suspended',
    date: '2024-09-20',
    title: { en: 'The UK regulator announces a suspension', 'zh-hk': '英國監管機構宣布領英暫停訓練' },
    summary: {
      en: 'The UK Information Commissioner’s Office says LinkedIn has confirmed, after the ICO raised concerns, that it has suspended training generative-AI models on UK users’ data.',
      'zh-hk': '英國資訊專員辦公室（ICO）表示，在該辦公室提出關注後，領英已確認暫停以英國用戶的資料訓練生成式人工智能模型。',
    },
    regions: ['uk'],
    sources: ['ico-2024-09-20#concerns-raised', 'ico-2024-09-20#suspended-pending-engagement'],
  },
  {
    id: 'pcpd-concern',
    date: '2024-10-03',
    title: { en: 'Hong Kong’s Privacy Commissioner raises concerns', 'zh-hk': '香港私隱專員表示關注' },
    summary: {
      en: 'The PCPD questions whether a setting that is on by default reflects what users actually chose. It writes to LinkedIn and tells Hong Kong users how to withdraw their permission by switching the setting off.',
      'zh-hk': '{once:pcpd}質疑預設開啟的設定能否反映用戶的真正選擇，去信領英了解，並向香港用戶說明如何關閉設定，以撤回許可。',
    },
    regions: ['hong-kong'],
    sources: [
      'thestandard-2024-10-03#reminded-public',
      'thestandard-2024-10-03#enabled-by-default',
      'thestandard-2024-10-03#default-reflects-choices',
      'thestandard-2024-10-03#contacted-platform',
      'thestandard-2024-10-03#steps-to-revoke',
      'hkfp-2024-10-15#october-3-warning',
    ],
  },
  {
    id: 'hong-kong-paused',
    date: '2024-10-11',
    title: { en: 'LinkedIn pauses training on Hong Kong members’ data', 'zh-hk': '領英暫停以香港會員資料訓練' },
    summary: {
      en: 'While the Commissioner’s concerns are being addressed, LinkedIn stops using Hong Kong users’ data for this purpose from 11 October 2024. It confirms this to the PCPD on 14 October, the day before the PCPD’s statement.',
      'zh-hk':
        '在處理私隱專員公署關注期間，領英自2024年10月11日起暫停把香港用戶的資料用於此目的，並於2024年10月14日，即公署發表聲明前一日，向公署確認。',
    },
    regions: ['hong-kong'],
    sources: ['pcpd-2024-10-15#paused-from-11-october', 'pcpd-2024-10-15#date', 'hkfp-2024-10-15#halted-last-friday'],
  },
  {
    id: 'pcpd-welcomes-pause',
    date: '2024-10-15',
    title: { en: 'The PCPD welcomes the pause', 'zh-hk': '私隱專員公署歡迎暫停' },
    summary: {
      en: 'Privacy Commissioner Ada Chung Lai-ling welcomes LinkedIn’s decision and says her office will keep following the matter.',
      'zh-hk': '私隱專員鍾麗玲歡迎領英的決定，並表示公署會繼續跟進事件。',
    },
    regions: ['hong-kong'],
    sources: ['pcpd-2024-10-15#date', 'pcpd-2024-10-15#commissioner-welcomes', 'pcpd-2024-10-15#follow-up-and-monitor'],
  },
  {
    id: 'pcpd-engagement',
    date: '2024-10',
    endDate: '2025-04',
    title: { en: 'The PCPD’s talks with LinkedIn, as reported', 'zh-hk': '私隱專員公署與領英溝通（據報道）' },
    summary: {
      en: 'LinkedIn’s pause holds while the PCPD’s concerns are being addressed, and the PCPD has said it will continue to follow up and monitor the situation. A report of the PCPD’s statement of late October 2025 puts its talks with LinkedIn at October 2024 to April 2025, after which LinkedIn undertook that Hong Kong users would keep control of their data and that its processing would comply with the Ordinance. We could read that report only on a news aggregator and have not checked it against the PCPD’s own text.',
      'zh-hk':
        '在處理私隱專員公署的關注期間，領英維持暫停，而公署表示會繼續跟進及監察情況。一篇有關公署2025年10月下旬聲明的報道指，公署於2024年10月至2025年4月與領英溝通，其後領英承諾香港用戶可繼續控制其資料，而其資料處理會符合《私隱條例》。我們只能在新聞轉載網站讀到這篇報道，亦未能與公署的原文核對。',
    },
    regions: ['hong-kong'],
    sources: [
      'pcpd-2024-10-15#paused-from-11-october',
      'pcpd-2024-10-15#follow-up-and-monitor',
      'hk-pcpd-reminder-report-2025-10#engaged-october-to-april',
    ],
  },
  {
    id: 'canada-paused',
    date: '2024-12-10',
    title: { en: 'Canada’s regulator announces LinkedIn’s pause', 'zh-hk': '加拿大監管機構宣布領英暫停訓練' },
    summary: {
      en: 'The Office of the Privacy Commissioner of Canada announces that LinkedIn has temporarily paused using Canadian members’ data to train its generative-AI models. The announcement does not say since when.',
      'zh-hk':
        '加拿大私隱專員辦公室（{en:Office of the Privacy Commissioner of Canada, OPC}）宣布，領英已暫時停止以加拿大會員的資料訓練其生成式人工智能模型，但沒有說明由何時開始暫停。',
    },
    regions: ['canada'],
    sources: ['opc-2024-12-10#dateline', 'opc-2024-12-10#commitment-to-pause', 'opc-2024-12-10#temporarily-paused'],
  },
  {
    id: 'change-announced',
    date: '2025-09-18',
    title: { en: 'LinkedIn announces the change for 3 November 2025', 'zh-hk': '領英公布2025年11月3日的改動' },
    summary: {
      en: 'LinkedIn updates its User Agreement and Privacy Policy, effective 3 November 2025: it will use member data by default to improve its generative-AI models, unless members opt out. For members in the EU, the EEA, Switzerland and the UK, its European privacy notice explains the legal basis, Help Net Security reported. LinkedIn’s help page on the change, as quoted by TechRadar, names members in the EU, the EEA, Switzerland, Canada and Hong Kong.',
      'zh-hk':
        '領英更新用戶協議及私隱政策，於2025年11月3日生效：領英會預設以會員資料改進其生成式人工智能模型，會員可自行選擇退出。據{en:Help Net Security}報道，就歐盟、歐洲經濟區、瑞士及英國的會員，領英的《歐洲地區私隱通知》說明了法律依據。據{en:TechRadar}引述，領英有關這次改動的說明頁提及歐盟、歐洲經濟區、瑞士、加拿大及香港的會員。',
    },
    regions: ['eu', 'eea', 'switzerland', 'canada', 'hong-kong', 'uk'],
    sources: [
      'helpnetsecurity-2025-09-18#default-from-3-november',
      'linkedin-privacy-policy#effective-2025-11-03',
      'helpnetsecurity-2025-09-18#european-notice-legal-basis',
      'techradar-2025-10#legitimate-interest-regions',
    ],
  },
  {
    id: 'ico-update',
    date: '2025-09-23',
    title: { en: 'The UK regulator says it will monitor', 'zh-hk': '英國監管機構表示會監察' },
    summary: {
      en: 'The ICO updates its statement: LinkedIn has taken steps to make it simpler for users to object through opt-out settings, and has decided to resume its plans, starting to process UK members’ data in the coming weeks; the ICO will monitor. The ICO does not say it approved the plan.',
      'zh-hk':
        '英國資訊專員辦公室更新聲明：領英已採取措施，令用戶更易透過選擇退出的設定提出反對，並決定恢復其計劃，在未來數星期開始處理英國會員的資料；資訊專員辦公室會繼續監察，但沒有表示已批准有關計劃。',
    },
    regions: ['uk'],
    sources: [
      'ico-2024-09-20#updated-statement-date',
      'ico-2024-09-20#opt-out-settings',
      'ico-2024-09-20#resume-and-monitor',
      'ico-2024-09-20#assessment-not-approval',
    ],
  },
  {
    id: 'pcpd-reminder',
    date: '2025-10',
    dateLabel: { en: 'Late October 2025', 'zh-hk': '2025年10月下旬' },
    title: { en: 'The PCPD reminds users, as reported', 'zh-hk': '私隱專員公署再次提醒用戶（據報道）' },
    summary: {
      en: 'Shortly before the change, the PCPD reminds LinkedIn users to pay attention to the changes to LinkedIn’s privacy policy and decide whether to consent, and says LinkedIn has confirmed it will start on 3 November, according to a report we could read only on a news aggregator. We have not checked it against the PCPD’s own text. The setting is on unless members switch it off.',
      'zh-hk':
        '據一篇我們只能在新聞轉載網站讀到的報道，在改動生效前不久，私隱專員公署提醒領英用戶留意領英私隱政策的改動並決定是否同意，又表示領英已確認會於11月3日開始。我們尚未與公署的原文核對。有關設定預設開啟，直至會員自行關閉。',
    },
    regions: ['hong-kong'],
    sources: [
      'hk-pcpd-reminder-report-2025-10#linkedin-has-confirmed',
      'hk-pcpd-reminder-report-2025-10#decide-whether-to-consent',
      'linkedin-help-gai#on-by-default',
    ],
  },
  {
    id: 'change-takes-effect',
    date: '2025-11-03',
    title: { en: 'The change takes effect', 'zh-hk': '改動生效' },
    summary: {
      en: 'From 3 November 2025 LinkedIn can use the data of members in the EU, the EEA, Switzerland, Canada and Hong Kong to train content-generating AI models unless they have switched the setting off, according to its help page and update notice on the change as quoted by TechRadar and The Register; its help page, as quoted by TechRadar, says it relies on “legitimate interest”. This ends its pauses in Canada and Hong Kong. Its privacy notice for Europe and the UK, updated that day, names “legitimate interests” as the legal basis there.',
      'zh-hk':
        '自2025年11月3日起，領英可使用歐盟、歐洲經濟區、瑞士、加拿大及香港會員的資料訓練生成內容的人工智能模型，已關閉設定的會員除外。以上內容見於{once:pressQuotedNotes}；據{en:TechRadar}引述，該說明頁指領英以「正當權益」（{en:legitimate interest}）為依據。領英在加拿大及香港的暫停亦隨之結束。領英於當日更新的《歐洲地區私隱通知》亦把「正當權益」列為歐洲及英國的法律依據。',
    },
    regions: ['eu', 'eea', 'switzerland', 'canada', 'hong-kong', 'uk'],
    sources: [
      'linkedin-eu-notice#scope-designated-countries-and-uk',
      'linkedin-eu-notice#banner-legitimate-interests',
      'linkedin-eu-notice#train-row-title',
      'linkedin-eu-notice#banner-opt-out',
      'techradar-2025-10#legitimate-interest-regions',
      'theregister-2025-10-27#members-in-regions',
    ],
  },
  {
    id: 'dpc-changes',
    date: '2025-11-07',
    title: { en: 'Ireland’s regulator secures changes', 'zh-hk': '愛爾蘭監管機構促成改動' },
    summary: {
      en: 'After engagement from Ireland’s Data Protection Commission, LinkedIn commits to use less personal data, drawn from a shorter period, to improve its measures to keep out the data of users under 18, and to filter out some potentially sensitive content. The DPC requires it to report within five months of starting, so by about April 2026. What the report said is not known to us as of 3 December 2026.',
      'zh-hk':
        '經愛爾蘭資料保障委員會跟進後，領英承諾減少所用的個人資料及縮短資料的時間範圍、加強措施防止18歲以下用戶的資料被使用，並過濾部分可能屬敏感的內容。委員會要求領英在開始處理後五個月內（即約2026年4月前）提交報告。截至2026年12月3日，我們並不知道報告的內容。',
    },
    regions: ['eu', 'eea'],
    sources: [
      'irishlegal-2025-11-07#revised-plans',
      'irishlegal-2025-11-07#less-data-shorter-period',
      'irishlegal-2025-11-07#under-18-measures',
      'irishlegal-2025-11-07#filters-sensitive-content',
      'irishlegal-2025-11-07#report-within-five-months',
    ],
  },
]);
