import { sourceSchema, type Source } from './schema.ts';
import { linkedinLabels, linkedinUrls } from './linkedin.ts';

/**
 * Every source the guide cites. Order is the citation number ([1], [2] …) everywhere on the site,
 * so add new sources at the end of their group and never reuse an id.
 */
export const sources: readonly Source[] = sourceSchema.array().parse([
  {
    id: 'linkedin-help-gai',
    title: 'Control whether LinkedIn uses your data to improve generative AI (GAI) models that are used for content creation on LinkedIn',
    publisher: 'LinkedIn Help',
    url: 'https://www.linkedin.com/help/linkedin/answer/a6278444',
    accessed: '2026-11-29',
    group: 'linkedin',
    supports: {
      en: 'The setting, where it is, and that switching it off does not undo training that already happened.',
      'zh-hk': '該設定的位置，以及關閉設定不會撤銷已完成的訓練。',
    },
  },
  {
    id: 'linkedin-setting',
    title: `${linkedinLabels.aiSetting} (the setting itself; you need to be signed in)`,
    publisher: 'LinkedIn',
    url: linkedinUrls.aiSetting,
    accessed: '2026-11-29',
    group: 'linkedin',
    unquotable: {
      en: 'You need to be signed in to LinkedIn to see this page, so it is cited only as the place of the setting.',
      'zh-hk': '這一頁須登入領英才能查看，因此只作為該設定所在位置引用。',
    },
    supports: {
      en: 'The direct link to the setting, as linked from LinkedIn’s privacy notice for Europe and the UK.',
      'zh-hk': '直接前往該設定的連結（領英為歐洲及英國而設的私隱通知亦有連結至此）。',
    },
  },
  {
    id: 'linkedin-privacy-policy',
    title: 'Privacy Policy',
    publisher: 'LinkedIn',
    url: 'https://www.linkedin.com/legal/privacy-policy',
    date: '2025-11-03',
    accessed: '2026-11-29',
    group: 'linkedin',
    supports: {
      en: 'The privacy policy in force from 3 November 2025: which members’ data LinkedIn uses to train content-generating AI, what data, and the link to the setting.',
      'zh-hk': '2025年11月3日起生效的私隱政策：領英以哪些會員的資料訓練生成內容的人工智能、使用哪些資料，以及前往設定的連結。',
    },
  },
  {
    id: 'linkedin-eu-notice',
    title: 'LinkedIn European Regional Privacy Notice',
    publisher: 'LinkedIn',
    url: 'https://www.linkedin.com/legal/privacy/eu',
    date: '2026-08-21',
    accessed: '2026-11-29',
    group: 'linkedin',
    supports: {
      en: 'For the EU, the EEA, Switzerland and the UK: “legitimate interests” as the legal basis for training content-generating AI; in the UK, sharing some content with Microsoft for Microsoft’s own AI, which the same setting switches off. Checked against the version effective 21 August 2026, whose AI passages are the same as in the version of 3 November 2025.',
      'zh-hk':
        '適用於歐盟、歐洲經濟區、瑞士及英國：以「正當權益」作為訓練生成內容的人工智能的法律依據；在英國，把部分內容交給微軟訓練其自家人工智能，而同一設定可關閉這種分享。已對照2025年11月3日及2026年8月21日生效的兩個版本，兩者有關人工智能的段落相同。',
    },
  },
  {
    id: 'thestandard-2024-10-03',
    title: 'LinkedIn’s policy update raises privacy concerns as user data used for AI training: PCPD',
    publisher: 'The Standard (Hong Kong)',
    url: 'https://www.thestandard.com.hk/news/article/221124/LinkedIns-policy-update-raises-privacy-concerns-as-user-data-used-for-AI-training-PCPD',
    date: '2024-10-03',
    accessed: '2026-11-29',
    group: 'hong-kong',
    supports: {
      en: 'The PCPD’s concern of 3 October 2024 about the default setting, its letter to LinkedIn and its advice to users.',
      'zh-hk': '私隱專員公署於2024年10月3日對預設設定表示關注、去信領英，並提醒用戶如何撤回同意。',
    },
  },
  {
    id: 'pcpd-2024-10-15',
    title:
      'Privacy Commissioner’s Office Welcomes LinkedIn’s Pause of Using Hong Kong Users’ Personal Data for Training Generative Artificial Intelligence (AI) Models',
    publisher: 'Office of the Privacy Commissioner for Personal Data (PCPD)',
    url: 'https://www.pcpd.org.hk/english/news_events/media_statements/press_20241015.html',
    date: '2024-10-15',
    accessed: '2026-11-29',
    group: 'hong-kong',
    supports: {
      en: 'The PCPD’s concern of 3 October 2024 and its letter to LinkedIn; LinkedIn paused the use of Hong Kong users’ data from 11 October 2024; the Commissioner, Ada Chung Lai-ling, welcomed it on 15 October 2024.',
      'zh-hk':
        '私隱專員公署於2024年10月3日表示關注並去信領英；領英自2024年10月11日起暫停使用香港用戶的資料；私隱專員鍾麗玲於2024年10月15日表示歡迎。',
    },
  },
  {
    id: 'hkfp-2024-10-15',
    title: 'LinkedIn suspends AI training using Hong Kong users’ personal data, privacy watchdog says',
    publisher: 'Hong Kong Free Press',
    url: 'https://hongkongfp.com/2024/10/15/linkedin-suspends-ai-training-using-hong-kong-users-personal-data-privacy-watchdog-says/',
    date: '2024-10-15',
    accessed: '2026-11-29',
    group: 'hong-kong',
    supports: {
      en: 'LinkedIn began training on members’ data in September 2024 without notifying them first; the PCPD’s 3 October warning.',
      'zh-hk': '領英於2024年9月未事先通知會員便開始以其資料訓練人工智能；私隱專員公署10月3日的提醒。',
    },
  },
  {
    id: 'pdpo-cap486',
    title: 'Personal Data (Privacy) Ordinance (Cap. 486), including Schedule 1, Data Protection Principle 3',
    publisher: 'Hong Kong e-Legislation',
    url: 'https://www.elegislation.gov.hk/hk/cap486',
    accessed: '2026-11-29',
    group: 'hong-kong',
    supports: {
      en: 'Hong Kong’s privacy law and its rule on using personal data for a new purpose only with prescribed consent.',
      'zh-hk': '香港的私隱法例，以及只可在取得訂明同意後把個人資料用於新目的之規定。',
    },
  },
  {
    id: 'scmp-2024-10-15',
    title: 'LinkedIn suspends collecting Hong Kong users’ data for GenAI: privacy watchdog',
    publisher: 'South China Morning Post',
    url: 'https://www.scmp.com/news/hong-kong/society/article/3282452/linkedin-suspends-collecting-hong-kong-users-data-genai-privacy-watchdog',
    date: '2024-10-15',
    accessed: '2026-11-29',
    group: 'hong-kong',
    supports: {
      en: 'LinkedIn pointed to its general counsel’s blog post of 18 September 2024 on using members’ data to train generative AI; it was unclear when the feature had been introduced.',
      'zh-hk': '領英引述其法律總顧問2024年9月18日有關以會員資料訓練生成式人工智能的網誌文章；該功能何時推出則不清楚。',
    },
  },
  {
    id: 'thestandard-users-alert',
    title: 'LinkedIn users alert: your data helps train AI models',
    publisher: 'The Standard (Hong Kong)',
    url: 'https://www.thestandard.com.hk/news/article/66700/LinkedIn-users-alert-your-data-helps-train-AI-models',
    accessed: '2026-11-29',
    group: 'hong-kong',
    supports: {
      en: 'The PCPD’s advice to switch off “{linkedin:aiToggle}”, and that other companies such as Meta also train AI on users’ data.',
      'zh-hk': '私隱專員公署建議關閉「{linkedin:aiToggle}」，以及 Meta 等其他公司亦以用戶資料訓練人工智能。',
    },
  },
  {
    id: 'ico-2024-09-20',
    title: 'Our statement on changes to LinkedIn AI data policy',
    publisher: 'Information Commissioner’s Office (UK)',
    url: 'https://ico.org.uk/about-the-ico/media-centre/news-and-blogs/2024/09/our-statement-on-changes-to-linkedin-ai-data-policy/',
    date: '2024-09-20',
    accessed: '2026-11-29',
    group: 'regulators',
    supports: {
      en: 'On 20 September 2024 the ICO said LinkedIn had confirmed it had suspended AI training on UK users’ data; its update of 23 September 2025 says LinkedIn decided to resume and the ICO will monitor.',
      'zh-hk':
        '英國資訊專員辦公室於2024年9月20日表示，領英已確認暫停以英國用戶的資料訓練人工智能；辦公室於2025年9月23日更新聲明，指領英決定恢復，辦公室會作監察。',
    },
  },
  {
    id: 'opc-2024-12-10',
    title:
      'Privacy Commissioner welcomes commitment from LinkedIn to pause training of AI models using the personal information from Canadian member accounts',
    publisher: 'Office of the Privacy Commissioner of Canada',
    url: 'https://www.priv.gc.ca/en/opc-news/news-and-announcements/2024/nr-c_241210b/',
    date: '2024-12-10',
    accessed: '2026-11-29',
    group: 'regulators',
    supports: {
      en: 'On 10 December 2024 the Commissioner announced that LinkedIn had temporarily paused training on Canadian members’ data; the release does not say since when.',
      'zh-hk': '私隱專員於2024年12月10日宣布，領英已暫時停止以加拿大會員的資料訓練；新聞稿沒有說明由何時開始暫停。',
    },
  },
  {
    id: 'lu-cnpd',
    title: 'LinkedIn und Ihre Daten: Was Sie vor dem 3. November 2025 wissen sollten (in German)',
    publisher: 'Commission nationale pour la protection des données (Luxembourg)',
    url: 'https://cnpd.public.lu/de/actualites/international/2025/10/linkedin-ia.html',
    accessed: '2026-11-29',
    group: 'regulators',
    supports: {
      en: 'Luxembourg’s authority explained the change and how to opt out.',
      'zh-hk': '盧森堡的資料保障機構解釋了有關改動及如何選擇退出。',
    },
  },
  {
    id: 'helpnetsecurity-2025-09-18',
    title: 'Report of 18 September 2025 on LinkedIn’s privacy policy update and AI training from 3 November 2025',
    publisher: 'Help Net Security',
    url: 'https://www.helpnetsecurity.com/2025/09/18/linkedin-ai-data-privacy-policy/',
    date: '2025-09-18',
    accessed: '2026-11-29',
    group: 'press',
    supports: {
      en: 'The 18 September 2025 announcement, the regions covered, and what is and is not used.',
      'zh-hk': '2025年9月18日的公告、涵蓋的地區，以及會使用和不會使用的資料。',
    },
  },
  {
    id: 'techradar-2024-09',
    title: 'LinkedIn already started training its AI on user data before updating ToS',
    publisher: 'TechRadar',
    url: 'https://www.techradar.com/pro/linkedin-is-already-training-its-ai-on-user-data-says-it-will-update-tos-soon',
    accessed: '2026-11-29',
    group: 'press',
    supports: {
      en: 'Members noticed the setting, already on, before LinkedIn updated its terms in September 2024.',
      'zh-hk': '在領英於2024年9月更新條款之前，已有會員發現這個已開啟的設定。',
    },
  },
  {
    id: 'irishlegal-2025-11-07',
    title: 'LinkedIn changes AI plan after DPC intervention',
    publisher: 'Irish Legal News',
    url: 'https://www.irishlegal.com/articles/linkedin-changes-ai-plan-after-dpc-internvetion',
    date: '2025-11-07',
    accessed: '2026-11-29',
    group: 'press',
    supports: {
      en: 'The changes LinkedIn agreed with Ireland’s Data Protection Commission, which has not approved the processing.',
      'zh-hk': '領英與愛爾蘭資料保障委員會議定的改動；該委員會並未批准有關處理。',
    },
  },
  {
    id: 'technewsday-2024-12-15',
    title: 'OpenAI cofounder Ilya Sutskever predicts the end of pre-training in AI development',
    publisher: 'Tech Newsday',
    url: 'https://www.technewsday.com/2024/12/15/openai-cofounder-ilya-sutskever-predicts-the-end-of-pre-training-in-ai-development/',
    date: '2024-12-15',
    accessed: '2026-11-29',
    group: 'background',
    supports: {
      en: 'Ilya Sutskever’s “peak data” remark at NeurIPS in December 2024.',
      'zh-hk': '蘇茨克維爾（{en:Ilya Sutskever}）2024年12月在 NeurIPS 所說的「數據見頂」。',
    },
  },
  {
    id: 'windowsreport-2025-09-24',
    title: 'LinkedIn to use your data for AI training, ads; private messages won’t be accessed',
    publisher: 'Windows Report',
    url: 'https://windowsreport.com/linkedin-to-use-your-data-for-ai-training-ads-private-messages-wont-be-accessed/',
    date: '2025-09-24',
    accessed: '2026-11-29',
    group: 'press',
    supports: {
      en: 'As reported from LinkedIn’s email to members: from 3 November 2025, training on data from members in the EU, the EEA, Switzerland, Canada and Hong Kong, and not on private messages.',
      'zh-hk':
        '據報道引述領英給會員的電郵：由2025年11月3日起，以歐盟、歐洲經濟區、瑞士、加拿大及香港會員的資料訓練人工智能，但不使用私人訊息。',
    },
  },
  {
    id: 'pcpd-complaints',
    title: 'Complaints: Introduction',
    publisher: 'Office of the Privacy Commissioner for Personal Data, Hong Kong',
    url: 'https://pcpd.org.hk/english/complaints/introduction/introduction.html',
    accessed: '2026-11-29',
    group: 'hong-kong',
    supports: {
      en: 'That you can complain to the PCPD about how a company handles your personal data.',
      'zh-hk': '你可就機構處理你個人資料的方式向私隱專員公署投訴。',
    },
  },
  {
    id: 'edpb-who-we-are',
    title: 'The European Data Protection Board',
    publisher: 'European Data Protection Board',
    url: 'https://www.edpb.europa.eu/about-edpb/who-we-are/european-data-protection-board_en',
    accessed: '2026-11-29',
    group: 'regulators',
    supports: {
      en: 'Every country in the European Economic Area has its own national data protection authority.',
      'zh-hk': '歐洲經濟區每個國家都有自己的資料保障機構。',
    },
  },
]);

const byId = new Map(sources.map((s, i) => [s.id, { ...s, number: i + 1 }]));

/** A source with its citation number, or an error naming the missing id (so a typo fails the build). */
export function getSource(id: string): Source & { number: number } {
  const found = byId.get(id);
  if (!found) throw new Error(`Unknown source id "${id}"`);
  return found;
}
