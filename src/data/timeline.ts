import { timelineEventSchema, type TimelineEvent } from './schema.ts';

/** The dated story, oldest first. Each entry cites the sources that establish it. */
export const timeline: readonly TimelineEvent[] = timelineEventSchema.array().parse([
  {
    id: 'training-starts-outside-europe',
    date: '2024-09-18',
    title: { en: 'LinkedIn discloses that it trains AI on members’ data', 'zh-hk': '領英披露以會員資料訓練人工智能' },
    summary: {
      en: 'LinkedIn updates its privacy policy and publishes a blog post saying it uses members’ data to train generative-AI models, with a setting that is on unless members switch it off. Members had already found the setting, switched on for them, before LinkedIn said so. Members in the EU, the EEA and Switzerland are left out. Hong Kong and Canada are included until LinkedIn pauses there in the months that follow.',
      'zh-hk':
        '領英更新私隱政策並發表網誌文章，表示會以會員資料訓練生成式人工智能模型，而有關設定除非會員關閉，否則維持開啟。在領英公開說明之前，已有會員發現這個早已替他們開啟的設定。歐盟、歐洲經濟區及瑞士的會員不包括在內。香港和加拿大則包括在內，直至領英在其後數月暫停在當地的訓練。',
    },
    regions: ['elsewhere', 'hong-kong', 'canada'],
    sources: ['scmp-2024-10-15', 'techradar-2024-09', 'hkfp-2024-10-15', 'opc-2024-12-10'],
  },
  {
    id: 'uk-suspended',
    date: '2024-09-20',
    title: { en: 'The UK regulator announces a suspension', 'zh-hk': '英國監管機構宣布領英暫停訓練' },
    summary: {
      en: 'The UK Information Commissioner’s Office says LinkedIn has confirmed, after the ICO raised concerns, that it has suspended training generative-AI models on UK users’ data.',
      'zh-hk': '英國資訊專員辦公室（ICO）表示，在辦公室提出關注後，領英已確認暫停以英國用戶的資料訓練生成式人工智能模型。',
    },
    regions: ['uk'],
    sources: ['ico-2024-09-20'],
  },
  {
    id: 'pcpd-concern',
    date: '2024-10-03',
    title: { en: 'Hong Kong’s Privacy Commissioner raises concerns', 'zh-hk': '香港私隱專員表示關注' },
    summary: {
      en: 'The PCPD questions whether a setting that is on by default reflects what users actually chose. It writes to LinkedIn and tells Hong Kong users how to withdraw their permission by switching the setting off.',
      'zh-hk': '私隱專員公署質疑預設開啟的設定能否反映用戶的真正選擇，去信領英了解，並提醒香港用戶可關閉設定以撤回同意。',
    },
    regions: ['hong-kong'],
    sources: ['thestandard-2024-10-03', 'hkfp-2024-10-15'],
  },
  {
    id: 'hong-kong-paused',
    date: '2024-10-11',
    title: { en: 'LinkedIn pauses training on Hong Kong members’ data', 'zh-hk': '領英暫停以香港會員資料訓練' },
    summary: {
      en: 'LinkedIn tells the PCPD that, while the Commissioner’s concerns are being addressed, it has stopped using Hong Kong users’ data for this purpose from 11 October 2024.',
      'zh-hk': '領英通知私隱專員公署，在處理公署關注期間，已自2024年10月11日起停止把香港用戶的資料用於此目的。',
    },
    regions: ['hong-kong'],
    sources: ['pcpd-2024-10-15'],
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
    sources: ['pcpd-2024-10-15'],
  },
  {
    id: 'pcpd-engagement',
    date: '2024-10',
    endDate: '2025-04',
    title: { en: 'Six months of talks between the PCPD and LinkedIn', 'zh-hk': '私隱專員公署與領英溝通六個月' },
    summary: {
      en: 'While the pause holds, the PCPD keeps engaging with LinkedIn. As the press reported the PCPD’s account of late October 2025, LinkedIn undertakes that Hong Kong users will stay in control of whether their data is used, and that its processing will comply with the Personal Data (Privacy) Ordinance.',
      'zh-hk':
        '暫停期間，私隱專員公署持續與領英溝通。據傳媒報道公署2025年10月下旬的說明，領英承諾香港用戶可繼續控制其資料會否被使用，而有關處理會符合《個人資料（私隱）條例》。',
    },
    regions: ['hong-kong'],
    sources: ['pcpd-media-statements'],
  },
  {
    id: 'canada-paused',
    date: '2024-12-10',
    title: { en: 'Canada’s regulator announces LinkedIn’s pause', 'zh-hk': '加拿大監管機構宣布領英暫停訓練' },
    summary: {
      en: 'The Office of the Privacy Commissioner of Canada announces that LinkedIn has temporarily paused using Canadian members’ data to train its generative-AI models. The announcement does not say since when.',
      'zh-hk': '加拿大私隱專員辦公室宣布，領英已暫時停止以加拿大會員的資料訓練其生成式人工智能模型，但沒有說明由何時開始暫停。',
    },
    regions: ['canada'],
    sources: ['opc-2024-12-10'],
  },
  {
    id: 'change-announced',
    date: '2025-09-18',
    title: { en: 'LinkedIn announces the change for 3 November 2025', 'zh-hk': '領英公布2025年11月3日的改動' },
    summary: {
      en: 'LinkedIn updates its User Agreement and Privacy Policy, effective 3 November 2025: it will train content-generating AI models on data from members in the EU, EEA, Switzerland, Canada, Hong Kong and the UK, with the setting on unless members switch it off.',
      'zh-hk':
        '領英更新用戶協議及私隱政策，於2025年11月3日生效：除非會員關閉設定，否則會以歐盟、歐洲經濟區、瑞士、加拿大、香港及英國會員的資料訓練生成內容的人工智能模型。',
    },
    regions: ['eu', 'eea', 'switzerland', 'canada', 'hong-kong', 'uk'],
    sources: ['helpnetsecurity-2025-09-18', 'linkedin-privacy-policy'],
  },
  {
    id: 'ico-update',
    date: '2025-09-23',
    title: { en: 'The UK regulator says it will monitor', 'zh-hk': '英國監管機構表示會監察' },
    summary: {
      en: 'The ICO updates its statement: LinkedIn has decided to resume training on UK members’ data, and the ICO will monitor how it does so. The ICO does not say it approved the plan.',
      'zh-hk': '英國資訊專員辦公室更新聲明：領英決定恢復以英國會員資料進行訓練，資訊專員辦公室會監察其做法，但沒有表示已批准有關計劃。',
    },
    regions: ['uk'],
    sources: ['ico-2024-09-20'],
  },
  {
    id: 'pcpd-reminder',
    date: '2025-10',
    dateLabel: { en: 'Late October 2025', 'zh-hk': '2025年10月下旬' },
    title: { en: 'The PCPD reminds LinkedIn users to decide', 'zh-hk': '私隱專員公署提醒領英用戶作出決定' },
    summary: {
      en: 'In the week before the change, as the press reported, the Privacy Commissioner reminds Hong Kong users to read LinkedIn’s updated privacy policy, especially the parts about training generative AI, and to decide whether they agree. The setting is on unless they switch it off.',
      'zh-hk':
        '據傳媒報道，在改動生效前一星期，私隱專員提醒香港用戶細閱領英更新後的私隱政策，特別是有關訓練生成式人工智能的部分，並決定是否同意。除非用戶關閉設定，否則設定維持開啟。',
    },
    regions: ['hong-kong'],
    sources: ['pcpd-media-statements'],
  },
  {
    id: 'change-takes-effect',
    date: '2025-11-03',
    title: { en: 'The change takes effect', 'zh-hk': '改動生效' },
    summary: {
      en: 'From 3 November 2025 LinkedIn uses data of members in the EU, EEA, Switzerland, the UK, Canada and Hong Kong to train content-generating AI models, unless they have switched the setting off. In Hong Kong and Canada this ends LinkedIn’s pause. For the EU, the EEA, Switzerland and the UK, its privacy notice names “legitimate interests” as the legal basis; we have found no LinkedIn statement of a basis for Canada or Hong Kong.',
      'zh-hk':
        '自2025年11月3日起，除非會員已關閉設定，否則領英會以歐盟、歐洲經濟區、瑞士、英國、加拿大及香港會員的資料訓練生成內容的人工智能模型。在香港和加拿大，領英的暫停亦隨之結束。就歐盟、歐洲經濟區、瑞士及英國，領英的私隱通知以「正當權益」（{en:legitimate interests}）作為法律依據；我們找不到領英就加拿大或香港說明依據的聲明。',
    },
    regions: ['eu', 'eea', 'switzerland', 'canada', 'hong-kong', 'uk'],
    sources: ['linkedin-privacy-policy', 'linkedin-eu-notice', 'helpnetsecurity-2025-09-18'],
  },
  {
    id: 'dpc-changes',
    date: '2025-11-07',
    title: { en: 'Ireland’s regulator secures changes, without approving', 'zh-hk': '愛爾蘭監管機構促成改動，但沒有批准' },
    summary: {
      en: 'Ireland’s Data Protection Commission, LinkedIn’s lead authority in the EU, says LinkedIn agreed to use less data from a shorter period, to do more to keep out under-18s’ data, to filter out some sensitive content, and to report back within five months. The DPC stresses it has not approved the processing. As of 29 November 2026 we have found no public statement about that report.',
      'zh-hk':
        '愛爾蘭資料保障委員會是領英在歐盟的主要監管機構。委員會表示，領英同意減少所用資料及縮短資料的時間範圍、加強措施排除18歲以下人士的資料、過濾部分敏感內容，並於五個月內提交報告。委員會強調並未批准有關處理。截至2026年11月29日，我們找不到有關該報告的公開資料。',
    },
    regions: ['eu', 'eea'],
    sources: ['irishlegal-2025-11-07'],
  },
]);
