import { sourceSchema, type Source } from './schema.ts';

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
    kind: 'primary',
    group: 'linkedin',
    supports: {
      en: 'The setting, where it is, and that switching it off does not undo training that already happened.',
      'zh-hk': '該設定的位置，以及關閉設定不會撤銷已完成的訓練。',
    },
  },
  {
    id: 'linkedin-setting',
    title: 'Data for Generative AI Improvement (the setting itself; you need to be signed in)',
    publisher: 'LinkedIn',
    url: 'https://www.linkedin.com/mypreferences/d/settings/data-for-ai-improvement',
    kind: 'primary',
    group: 'linkedin',
    supports: {
      en: 'The direct link to the setting, as linked from LinkedIn’s privacy policy.',
      'zh-hk': '直接前往該設定的連結（領英的私隱政策亦有連結至此）。',
    },
  },
  {
    id: 'linkedin-privacy-policy',
    title: 'LinkedIn Privacy Policy (version effective 3 November 2025)',
    publisher: 'LinkedIn',
    url: 'https://www.linkedin.com/legal/privacy-policy',
    date: '2025-11-03',
    kind: 'primary',
    group: 'linkedin',
    supports: {
      en: 'Which regions are covered from 3 November 2025, the data used, the legal basis claimed and the sharing with Microsoft.',
      'zh-hk': '2025年11月3日起涵蓋哪些地方、使用哪些資料、所聲稱的法律依據，以及與微軟分享資料。',
    },
  },
  {
    id: 'linkedin-objection-form',
    title: 'Data Processing Objection Request',
    publisher: 'LinkedIn Help',
    url: 'https://www.linkedin.com/help/linkedin/ask/TS-DPRO',
    kind: 'primary',
    group: 'linkedin',
    supports: {
      en: 'The form for objecting formally to the processing of your data.',
      'zh-hk': '正式反對領英處理你的資料所用的表格。',
    },
  },
  {
    id: 'thestandard-2024-10-03',
    title: 'LinkedIn’s policy update raises privacy concerns as user data used for AI training: PCPD',
    publisher: 'The Standard (Hong Kong)',
    url: 'https://www.thestandard.com.hk/news/article/221124/LinkedIns-policy-update-raises-privacy-concerns-as-user-data-used-for-AI-training-PCPD',
    date: '2024-10-03',
    kind: 'press',
    group: 'hong-kong',
    supports: {
      en: 'The PCPD’s concern of 3 October 2024 about the default setting, its letter to LinkedIn and its advice to users.',
      'zh-hk': '私隱專員公署於2024年10月3日對預設設定表示關注、去信領英，並提醒用戶如何撤回同意。',
    },
  },
  {
    id: 'pcpd-2024-10-15',
    title: 'Media statement: the PCPD welcomes LinkedIn’s pause in using Hong Kong users’ personal data to train generative AI models',
    publisher: 'Office of the Privacy Commissioner for Personal Data (PCPD)',
    url: 'https://www.pcpd.org.hk/english/news_events/media_statements/press_20241015.html',
    date: '2024-10-15',
    kind: 'primary',
    group: 'hong-kong',
    supports: {
      en: 'LinkedIn paused the use of Hong Kong users’ data from 11 October 2024; the Commissioner welcomed it on 15 October 2024.',
      'zh-hk': '領英自2024年10月11日起暫停使用香港用戶的資料；私隱專員於2024年10月15日表示歡迎。',
    },
  },
  {
    id: 'hkfp-2024-10-15',
    title: 'LinkedIn suspends AI training using Hong Kong users’ personal data, privacy watchdog says',
    publisher: 'Hong Kong Free Press',
    url: 'https://hongkongfp.com/2024/10/15/linkedin-suspends-ai-training-using-hong-kong-users-personal-data-privacy-watchdog-says/',
    date: '2024-10-15',
    kind: 'press',
    group: 'hong-kong',
    supports: {
      en: 'LinkedIn began training on members’ data in September 2024 without notifying them first; the PCPD’s 3 October warning.',
      'zh-hk': '領英於2024年9月未事先通知會員便開始以其資料訓練人工智能；私隱專員公署10月3日的提醒。',
    },
  },
  {
    id: 'pcpd-media-statements',
    title: 'Media statements (the PCPD’s list of its statements, including its reminder to LinkedIn users of late October 2025)',
    publisher: 'Office of the Privacy Commissioner for Personal Data (PCPD)',
    url: 'https://www.pcpd.org.hk/english/news_events/media_statements/',
    kind: 'primary',
    group: 'hong-kong',
    supports: {
      en: 'The PCPD’s late-October 2025 reminder and its account of talks with LinkedIn from October 2024 to April 2025, as reported by the press.',
      'zh-hk': '私隱專員公署2025年10月下旬的提醒，以及其就2024年10月至2025年4月與領英溝通的說明（據傳媒報道）。',
    },
  },
  {
    id: 'pdpo-cap486',
    title: 'Personal Data (Privacy) Ordinance (Cap. 486), including Schedule 1, Data Protection Principle 3',
    publisher: 'Hong Kong e-Legislation',
    url: 'https://www.elegislation.gov.hk/hk/cap486',
    kind: 'primary',
    group: 'hong-kong',
    supports: {
      en: 'Hong Kong’s privacy law and its rule on using personal data for a new purpose only with prescribed consent.',
      'zh-hk': '香港的私隱法例，以及只可在取得訂明同意後把個人資料用於新目的之規定。',
    },
  },
  {
    id: 'ico-2024-09-20',
    title: 'Our statement on changes to LinkedIn AI data policy (20 September 2024, updated 23 September 2025)',
    publisher: 'Information Commissioner’s Office (UK)',
    url: 'https://ico.org.uk/about-the-ico/media-centre/news-and-blogs/2024/09/our-statement-on-changes-to-linkedin-ai-data-policy/',
    date: '2024-09-20',
    kind: 'primary',
    group: 'regulators',
    supports: {
      en: 'LinkedIn suspended training on UK data in September 2024 and decided to resume it in 2025; the ICO will monitor.',
      'zh-hk': '領英於2024年9月暫停以英國資料訓練，並於2025年決定恢復；英國資訊專員辦公室會作監察。',
    },
  },
  {
    id: 'opc-2024-12-10',
    title: 'News release of 10 December 2024 on LinkedIn pausing the use of Canadians’ data to train generative AI',
    publisher: 'Office of the Privacy Commissioner of Canada',
    url: 'https://www.priv.gc.ca/en/opc-news/news-and-announcements/2024/nr-c_241210b/',
    date: '2024-12-10',
    kind: 'primary',
    group: 'regulators',
    supports: {
      en: 'LinkedIn paused training on Canadians’ data in December 2024.',
      'zh-hk': '領英於2024年12月暫停以加拿大人的資料訓練。',
    },
  },
  {
    id: 'li-datenschutzstelle',
    title: 'Important notice: AI training by LinkedIn, object by 2 November 2025 (in German)',
    publisher: 'Datenschutzstelle Liechtenstein',
    url: 'https://www.datenschutzstelle.li/aktuelles/wichtiger-hinweis-ki-training-durch-linkedin-widerspruch-bis-2-november-2025',
    kind: 'primary',
    group: 'regulators',
    supports: {
      en: 'Liechtenstein’s authority advised members to object before 2 November 2025.',
      'zh-hk': '列支敦士登的資料保障機構建議會員在2025年11月2日前提出反對。',
    },
  },
  {
    id: 'lu-cnpd',
    title: 'News item of October 2025 on LinkedIn’s use of members’ data for AI training (in German)',
    publisher: 'Commission nationale pour la protection des données (Luxembourg)',
    url: 'https://cnpd.public.lu/de/actualites/international/2025/10/linkedin-ia.html',
    kind: 'primary',
    group: 'regulators',
    supports: {
      en: 'Luxembourg’s authority explained the change and how to opt out.',
      'zh-hk': '盧森堡的資料保障機構解釋了有關改動及如何選擇退出。',
    },
  },
  {
    id: 'edpb-members',
    title: 'Members of the European Data Protection Board',
    publisher: 'European Data Protection Board',
    url: 'https://www.edpb.europa.eu/about-edpb/about-edpb/members_en',
    kind: 'primary',
    group: 'regulators',
    supports: {
      en: 'Which authority protects personal data in each EU and EEA country.',
      'zh-hk': '每個歐盟及歐洲經濟區國家負責保障個人資料的機構。',
    },
  },
  {
    id: 'helpnetsecurity-2025-09-18',
    title: 'Report of 18 September 2025 on LinkedIn’s privacy policy update and AI training from 3 November 2025',
    publisher: 'Help Net Security',
    url: 'https://www.helpnetsecurity.com/2025/09/18/linkedin-ai-data-privacy-policy/',
    date: '2025-09-18',
    kind: 'press',
    group: 'press',
    supports: {
      en: 'The 18 September 2025 announcement, the regions covered, and what is and is not used.',
      'zh-hk': '2025年9月18日的公告、涵蓋的地區，以及會使用和不會使用的資料。',
    },
  },
  {
    id: 'irishlegal-2025-11-07',
    title: 'LinkedIn changes AI plan after DPC intervention',
    publisher: 'Irish Legal News',
    url: 'https://www.irishlegal.com/articles/linkedin-changes-ai-plan-after-dpc-internvetion',
    date: '2025-11-07',
    kind: 'press',
    group: 'press',
    supports: {
      en: 'The changes LinkedIn agreed with Ireland’s Data Protection Commission, which has not approved the processing.',
      'zh-hk': '領英與愛爾蘭數據保護委員會議定的改動；該委員會並未批准有關處理。',
    },
  },
  {
    id: 'technewsday-2024-12-15',
    title: 'OpenAI cofounder Ilya Sutskever predicts the end of pre-training in AI development',
    publisher: 'Tech Newsday',
    url: 'https://www.technewsday.com/2024/12/15/openai-cofounder-ilya-sutskever-predicts-the-end-of-pre-training-in-ai-development/',
    date: '2024-12-15',
    kind: 'press',
    group: 'background',
    supports: {
      en: 'Ilya Sutskever’s “peak data” remark at NeurIPS in December 2024.',
      'zh-hk': '蘇茨克維爾（{en:Ilya Sutskever}）2024年12月在 NeurIPS 所說的「數據見頂」。',
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
