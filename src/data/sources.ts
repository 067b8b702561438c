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
    publisherName: { 'zh-hk': '領英說明中心' },
    url: 'https://www.linkedin.com/help/linkedin/answer/a6278444',
    accessed: '2026-11-29',
    group: 'linkedin',
    supports: {
      en: 'What the setting controls (training of content-generating AI models by LinkedIn and its affiliates, not models for other purposes), that it is on by default, and that switching it off does not undo training that already happened.',
      'zh-hk':
        '該設定管控甚麼（領英及其聯屬公司訓練生成內容的人工智能模型，但不包括其他用途的模型）、它預設為開啟，以及關閉設定不會撤銷已完成的訓練。',
    },
  },
  {
    id: 'linkedin-setting',
    title: {
      en: `${linkedinLabels.aiSetting} (the setting itself; you need to be signed in)`,
      'zh-hk': '領英的生成式人工智能設定頁本身（須先登入）',
    },
    publisher: 'LinkedIn',
    publisherName: { 'zh-hk': '領英' },
    url: linkedinUrls.aiSetting,
    accessed: '2026-11-29',
    group: 'linkedin',
    unquotable: {
      en: 'You need to be signed in to LinkedIn to see this page, so it is cited only as the place of the setting.',
      'zh-hk': '這一頁須登入領英才能查看，因此只作為該設定所在位置引用。',
    },
    supports: {
      en: 'The direct link to the setting, as linked from LinkedIn’s privacy notice for Europe and the UK.',
      'zh-hk': '直接前往該設定的連結（領英適用於歐洲及英國的《歐洲地區私隱通知》亦有連結至此）。',
    },
  },
  {
    id: 'linkedin-privacy-policy',
    title: 'Privacy Policy',
    publisher: 'LinkedIn',
    publisherName: { 'zh-hk': '領英' },
    url: 'https://www.linkedin.com/legal/privacy-policy',
    date: '2025-11-03',
    accessed: '2026-11-29',
    group: 'linkedin',
    supports: {
      en: 'The global privacy policy in force from 3 November 2025: that LinkedIn may use personal data to “develop and train artificial intelligence (AI) models”; that its Affiliates include Microsoft, with which it may share public content and, for advertising, personal data; its advertising settings; and that members in the Designated Countries and the UK should also read the European notice.',
      'zh-hk':
        '2025年11月3日起生效的全球私隱政策：領英可使用個人資料「開發及訓練人工智能模型」；其聯屬公司包括微軟，領英可與之分享公開內容，以及為廣告分享個人資料；其廣告設定；以及指定國家及英國的會員亦應細閱《歐洲地區私隱通知》。',
    },
  },
  {
    id: 'linkedin-privacy-policy-2024-09',
    title: 'Privacy Policy, effective 18 September 2024 (Open Terms Archive copy)',
    publisher: 'LinkedIn',
    publisherName: { 'zh-hk': '領英' },
    url: 'https://github.com/OpenTermsArchive/pga-versions/blob/0bb97299d07d32698c39e340ffa8e7d8056e9c2b/LinkedIn/Privacy%20Policy.md',
    date: '2024-09-18',
    accessed: '2026-12-04',
    group: 'linkedin',
    supports: {
      en: 'The global privacy policy LinkedIn put in force on 18 September 2024, the day it disclosed the training: the version the current policy replaced, as Open Terms Archive recorded it on 19 September 2024.',
      'zh-hk':
        '領英於2024年9月18日，即披露這項訓練當日生效的全球私隱政策：這是現行私隱政策取代的版本，由開放條款檔案庫（{en:Open Terms Archive}）於2024年9月19日存檔。',
    },
  },
  {
    id: 'linkedin-eu-notice',
    title: 'LinkedIn European Regional Privacy Notice',
    publisher: 'LinkedIn',
    publisherName: { 'zh-hk': '領英' },
    url: 'https://www.linkedin.com/legal/privacy/eu',
    date: '2026-08-21',
    accessed: '2026-11-29',
    group: 'linkedin',
    supports: {
      en: 'For the EU, the EEA, Switzerland and the UK: “legitimate interests” as the legal basis for training content-generating AI; in the UK, sharing some content with Microsoft for Microsoft’s own AI, which the same setting switches off (the notice’s sentence on opting out of it links to the setting’s address). Checked against the version effective 21 August 2026, whose AI passages are the same as in the version of 3 November 2025.',
      'zh-hk':
        '適用於歐盟、歐洲經濟區、瑞士及英國：以「正當權益」作為訓練生成內容的人工智能的法律依據；在英國，把部分內容交給微軟，供微軟訓練其自家的人工智能，而同一設定可關閉這種分享（通知中有關選擇退出的一句，連結至該設定的網址）。已對照2025年11月3日及2026年8月21日生效的兩個版本，兩者有關人工智能的段落相同。',
    },
  },
  {
    id: 'thestandard-2024-10-03',
    title: 'LinkedIn’s policy update raises privacy concerns as user data used for AI training: PCPD',
    publisher: 'The Standard (Hong Kong)',
    publisherName: { 'zh-hk': '《英文虎報》' },
    url: 'https://www.thestandard.com.hk/news/article/221124/LinkedIns-policy-update-raises-privacy-concerns-as-user-data-used-for-AI-training-PCPD',
    date: '2024-10-03',
    accessed: '2026-11-29',
    group: 'hong-kong',
    supports: {
      en: 'The PCPD’s concern of 3 October 2024 about the default setting, its letter to LinkedIn and its advice to users.',
      'zh-hk': '私隱專員公署於2024年10月3日對預設設定表示關注、去信領英，並提醒用戶如何撤回許可。',
    },
  },
  {
    id: 'pcpd-2024-10-15',
    title:
      'Privacy Commissioner’s Office Welcomes LinkedIn’s Pause of Using Hong Kong Users’ Personal Data for Training Generative Artificial Intelligence (AI) Models',
    publisher: 'Office of the Privacy Commissioner for Personal Data (PCPD)',
    publisherName: { 'zh-hk': '個人資料私隱專員公署' },
    url: 'https://www.pcpd.org.hk/english/news_events/media_statements/press_20241015.html',
    date: '2024-10-15',
    accessed: '2026-11-29',
    group: 'hong-kong',
    supports: {
      en: 'The PCPD’s concern of 3 October 2024 and its letter to LinkedIn; LinkedIn paused the use of Hong Kong users’ data from 11 October 2024; the Commissioner, Ada Chung Lai-ling, welcomed it on 15 October 2024.',
      'zh-hk':
        '私隱專員公署於2024年10月3日表示關注並去信領英；領英自2024年10月11日起暫停使用香港用戶的資料；私隱專員鍾麗玲於2024年10月15日表示歡迎。本指南引錄及核對的是這份聲明的英文本。',
    },
  },
  {
    id: 'hkfp-2024-10-15',
    title: 'LinkedIn suspends AI training using Hong Kong users’ personal data, privacy watchdog says',
    publisher: 'Hong Kong Free Press',
    publisherName: { 'zh-hk': '《香港自由新聞》' },
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
    id: 'pcpd-e-lawbook',
    title: 'Personal Data (Privacy) Ordinance e-lawbook: Data Protection Principle 3',
    publisher: 'Office of the Privacy Commissioner for Personal Data (PCPD)',
    publisherName: { 'zh-hk': '個人資料私隱專員公署' },
    url: 'https://www.pcpd.org.hk/misc/booklets/e-lawbook/html/files/assets/basic-html/page-79.html',
    accessed: '2026-12-03',
    group: 'hong-kong',
    supports: {
      en: 'The words of Principle 3 of the Personal Data (Privacy) Ordinance, Cap. 486, and of its definition of “new purpose”, as the PCPD reproduces them, and the PCPD’s own commentary on what counts as a new use.',
      'zh-hk':
        '私隱專員公署轉載的《個人資料（私隱）條例》（第486章）保障資料第3原則及「新目的」定義的條文，以及公署就何謂新用途所作的評述。本指南引錄的是英文條文，所附中文是本指南的譯意，並非《私隱條例》的中文文本。',
    },
  },
  {
    id: 'pcpd-case-note-2009e03',
    title: 'Case note 2009E03',
    publisher: 'Office of the Privacy Commissioner for Personal Data (PCPD)',
    publisherName: { 'zh-hk': '個人資料私隱專員公署' },
    url: 'https://pcpd.org.hk/english/enforcement/case_notes/casenotes_2.php?id=2009E03&msg_id2=329',
    accessed: '2026-11-29',
    group: 'hong-kong',
    supports: {
      en: 'The PCPD’s summary of what “prescribed consent” means under section 2(3) of the Ordinance.',
      'zh-hk': '私隱專員公署概述《私隱條例》第2(3)條所指的「訂明同意」。本指南引錄及核對的是這份個案簡述的英文本。',
    },
  },
  {
    id: 'pcpd-about',
    title: 'About PCPD',
    publisher: 'Office of the Privacy Commissioner for Personal Data (PCPD)',
    publisherName: { 'zh-hk': '個人資料私隱專員公署' },
    url: 'https://pcpd.org.hk/english/about_pcpd/about.html',
    accessed: '2026-11-29',
    group: 'hong-kong',
    supports: {
      en: 'The PCPD is an independent statutory body that oversees the enforcement of the Ordinance.',
      'zh-hk': '私隱專員公署是負責監察《私隱條例》執行的獨立法定機構。',
    },
  },
  {
    id: 'pcpd-ordinance-at-a-glance',
    title: '條例簡介',
    titleLang: 'zh-hk',
    titleMeaning: { en: 'The Ordinance at a glance' },
    publisher: 'Office of the Privacy Commissioner for Personal Data (PCPD)',
    publisherName: { 'zh-hk': '個人資料私隱專員公署' },
    url: 'https://www.pcpd.org.hk/tc_chi/data_privacy_law/ordinance_at_a_Glance/ordinance.html',
    accessed: '2026-11-29',
    group: 'hong-kong',
    supports: {
      en: 'The data protection principles are in Schedule 1 of the Ordinance.',
      'zh-hk': '保障資料原則載於《私隱條例》附表1。',
    },
  },
  {
    id: 'cmab-privacy-protection',
    title: '保障個人資料私隱',
    titleLang: 'zh-hk',
    titleMeaning: { en: 'Protection of personal data privacy' },
    publisher: 'Constitutional and Mainland Affairs Bureau, Hong Kong Government',
    publisherName: { 'zh-hk': '政制及內地事務局' },
    url: 'https://cmab.gov.hk/mobile/tc/issues/protection.htm',
    accessed: '2026-11-29',
    group: 'hong-kong',
    supports: {
      en: 'The Ordinance gives the data protection principles legal force and set up the Privacy Commissioner to enforce it.',
      'zh-hk': '《私隱條例》賦予保障資料原則法定效力，並設立私隱專員負責執行。',
    },
  },
  {
    id: 'scmp-2024-10-15',
    title: 'LinkedIn suspends collecting Hong Kong users’ data for GenAI: privacy watchdog',
    publisher: 'South China Morning Post',
    publisherName: { 'zh-hk': '《南華早報》' },
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
    publisherName: { 'zh-hk': '《英文虎報》' },
    url: 'https://www.thestandard.com.hk/news/article/66700/LinkedIn-users-alert-your-data-helps-train-AI-models',
    accessed: '2026-11-29',
    group: 'hong-kong',
    supports: {
      en: 'The PCPD’s advice to switch off “{linkedin:aiToggle}”, and that other companies such as Meta also train AI on users’ data. Undated in the copy we read; it reports the PCPD’s statement of 3 October 2024.',
      'zh-hk':
        '私隱專員公署建議關閉{linkedin:aiToggle}，以及Meta等其他公司亦以用戶資料訓練人工智能。我們讀到的副本沒有註明日期；報道的是私隱專員公署2024年10月3日的聲明。',
    },
  },
  {
    id: 'ico-2024-09-20',
    title: 'Our statement on changes to LinkedIn AI data policy',
    publisher: 'Information Commissioner’s Office (UK)',
    publisherName: { 'zh-hk': '英國資訊專員辦公室（ICO）' },
    url: 'https://ico.org.uk/about-the-ico/media-centre/news-and-blogs/2024/09/our-statement-on-changes-to-linkedin-ai-data-policy/',
    date: '2024-09-20',
    accessed: '2026-11-29',
    group: 'regulators',
    supports: {
      en: 'On 20 September 2024 the ICO said LinkedIn had confirmed it had suspended AI training on UK users’ data; its update of 23 September 2025 says LinkedIn decided to resume and the ICO will monitor.',
      'zh-hk':
        '英國資訊專員辦公室於2024年9月20日表示，領英已確認暫停以英國用戶的資料訓練人工智能；資訊專員辦公室於2025年9月23日更新聲明，指領英決定恢復，該辦公室會繼續監察。',
    },
  },
  {
    id: 'opc-2024-12-10',
    title:
      'Privacy Commissioner welcomes commitment from LinkedIn to pause training of AI models using the personal information from Canadian member accounts',
    publisher: 'Office of the Privacy Commissioner of Canada',
    publisherName: { 'zh-hk': '加拿大私隱專員辦公室（OPC）' },
    url: 'https://www.priv.gc.ca/en/opc-news/news-and-announcements/2024/nr-c_241210b/',
    date: '2024-12-10',
    accessed: '2026-11-29',
    group: 'regulators',
    supports: {
      en: 'On 10 December 2024 the Commissioner announced that LinkedIn had temporarily paused training on Canadian members’ data; the release does not say since when.',
      'zh-hk': '加拿大私隱專員辦公室於2024年12月10日宣布，領英已暫時停止以加拿大會員的資料訓練；新聞稿沒有說明由何時開始暫停。',
    },
  },
  {
    id: 'lu-cnpd',
    title: 'LinkedIn und Ihre Daten: Was Sie vor dem 3. November 2025 wissen sollten',
    titleLang: 'de',
    publisher: 'Commission nationale pour la protection des données (Luxembourg)',
    publisherName: { 'zh-hk': '盧森堡國家資料保障委員會（CNPD）' },
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
    title: {
      en: 'Report of 18 September 2025 on LinkedIn’s privacy policy update and AI training from 3 November 2025',
      'zh-hk': '2025年9月18日有關領英私隱政策更新及由2025年11月3日起訓練人工智能的報道',
    },
    publisher: 'Help Net Security',
    url: 'https://www.helpnetsecurity.com/2025/09/18/linkedin-ai-data-privacy-policy/',
    date: '2025-09-18',
    accessed: '2026-11-29',
    group: 'press',
    supports: {
      en: 'The 18 September 2025 announcement of changes effective 3 November 2025, with member data used by default unless members opt out; the path to the setting; Microsoft as an Affiliate; more data shared with Microsoft for ads in some regions; and that the European notice gives the legal basis for the EU, EEA, Switzerland and the UK.',
      'zh-hk':
        '2025年9月18日公布、於2025年11月3日生效的改動：預設使用會員資料，會員可選擇退出；前往設定的路徑；微軟屬聯屬公司；在部分地區與微軟分享更多資料作廣告用途；以及《歐洲地區私隱通知》交代歐盟、歐洲經濟區、瑞士及英國的法律依據。',
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
      en: 'The changes LinkedIn made after engagement from Ireland’s Data Protection Commission, and the report the DPC requires within five months of the start of processing.',
      'zh-hk': '領英在愛爾蘭資料保障委員會介入後作出的改動，以及該委員會要求領英在開始處理資料後五個月內提交的報告。',
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
      'zh-hk': '{en:Ilya Sutskever}於2024年12月在{en:NeurIPS}所說的「數據見頂」。',
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
      en: 'A report that from 3 November 2025 LinkedIn would process data from users in the EU, the EEA, Switzerland, Canada and Hong Kong to train AI models; that, according to an email to members, the data includes profile information and public posts; and that private messages would not be used.',
      'zh-hk':
        '報道指由2025年11月3日起，領英會處理歐盟、歐洲經濟區、瑞士、加拿大及香港用戶的資料以訓練人工智能模型；據領英給會員的電郵，有關資料包括個人檔案資料及公開帖文；私人訊息則不會使用。',
    },
  },
  {
    id: 'pcpd-complaints',
    title: 'Complaints: Introduction',
    publisher: 'Office of the Privacy Commissioner for Personal Data, Hong Kong',
    publisherName: { 'zh-hk': '個人資料私隱專員公署' },
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
    publisherName: { 'zh-hk': '歐洲資料保障委員會（EDPB）' },
    url: 'https://www.edpb.europa.eu/about-edpb/who-we-are/european-data-protection-board_en',
    accessed: '2026-11-29',
    group: 'regulators',
    supports: {
      en: 'Every country in the European Economic Area has its own national data protection authority.',
      'zh-hk': '歐洲經濟區每個國家都有自己的資料保障機構。',
    },
  },
  {
    id: 'techradar-2025-10',
    title: 'LinkedIn set to expand AI training on user profiles – here’s how to stop it using your personal data',
    publisher: 'TechRadar',
    url: 'https://www.techradar.com/pro/linkedin-set-to-expand-ai-training-on-user-profiles-heres-how-to-stop-it-using-your-personal-data',
    accessed: '2026-12-03',
    group: 'press',
    supports: {
      en: 'LinkedIn’s help page on the 2025 update, as quoted by TechRadar: from 3 November 2025 it uses some data of members in the EU, the EEA, Switzerland, Canada and Hong Kong to train content-generating AI models, relying on “legitimate interest”.',
      'zh-hk':
        '{en:TechRadar}引述領英有關2025年更新的說明頁：由2025年11月3日起，領英以歐盟、歐洲經濟區、瑞士、加拿大及香港會員的部分資料訓練生成內容的人工智能模型，並以「正當權益」為依據。',
    },
  },
  {
    id: 'theregister-2025-10-27',
    title: 'You have one week to opt out or become fodder for LinkedIn AI training',
    publisher: 'The Register',
    url: 'https://www.theregister.com/2025/10/27/linkedin_ai_profile_scraping/',
    date: '2025-10-27',
    accessed: '2026-12-03',
    group: 'press',
    supports: {
      en: 'LinkedIn’s update notice, as quoted by The Register, names “members in the EU, EEA, Switzerland, Canada, and Hong Kong” from 3 November; The Register reported that private messages are not included.',
      'zh-hk':
        '{en:The Register}引述領英的更新通知，指由11月3日起涉及「歐盟、歐洲經濟區、瑞士、加拿大及香港的會員」；{en:The Register}並報道私人訊息不包括在內。',
    },
  },
  {
    id: 'pcmag-2025',
    title: 'LinkedIn Is Using More User Data Than Ever to Train Its AI—Here’s How to Opt Out',
    publisher: 'PCMag',
    url: 'https://www.pcmag.com/news/linkedin-is-using-more-user-data-than-ever-to-train-its-ai-heres-how-to-opt-out',
    accessed: '2026-12-03',
    group: 'press',
    supports: {
      en: 'LinkedIn’s own words, as quoted by PCMag, that the data includes profile details and public content and “does not include your private messages”; PCMag’s list of the categories of data used for members in those regions, and of what is left out.',
      'zh-hk':
        '{en:PCMag}引述領英所說，所用資料包括個人檔案資料及公開內容，但「不包括你的私人訊息」；以及{en:PCMag}列出用於這些地區會員的資料類別及不會使用的資料。',
    },
  },
  {
    id: 'techradar-2025-09-22',
    title: 'LinkedIn set to start to train its AI on member profiles',
    publisher: 'TechRadar',
    url: 'https://www.techradar.com/pro/linkedin-set-to-start-to-train-its-ai-on-member-profiles',
    date: '2025-09-22',
    accessed: '2026-12-03',
    group: 'press',
    supports: {
      en: 'LinkedIn’s support page, as quoted by TechRadar: objections to training of models that do not generate content go through the Data Processing Objection form.',
      'zh-hk': '{en:TechRadar}引述領英的支援頁面：如反對以資料訓練不生成內容的模型，可透過{linkedin:objectionForm}提出。',
    },
  },
  {
    id: 'theleftshift-2025',
    title: 'LinkedIn Will Now Use Your Posts to Train AI Models by Default',
    publisher: 'The Left Shift',
    url: 'https://www.theleftshift.com/linkedin-will-now-use-your-post-to-train-ai-models-by-default',
    accessed: '2026-12-03',
    group: 'press',
    supports: {
      en: 'LinkedIn’s words, as quoted by The Left Shift, on not using the data of members it has reason to believe could be under 18; and its report that feedback on AI outputs may still be used after switching off.',
      'zh-hk':
        '{en:The Left Shift}引述領英所說，如有理由相信會員可能未滿18歲，便不會使用其資料；以及該網站報道，關閉設定後，對人工智能生成內容的意見仍可能被使用。',
    },
  },
  {
    id: 'gadgets360-2025-09',
    title: 'LinkedIn Updates Terms of Service to Collect User Data for AI Model Training; Here’s How to Opt Out',
    publisher: 'Gadgets360',
    url: 'https://www.gadgets360.com/ai/news/linkedin-terms-of-service-updated-user-data-ai-model-training-opt-out-method-news-9328467',
    accessed: '2026-12-04',
    group: 'press',
    supports: {
      en: 'Its report that LinkedIn said it would honour members’ existing setting choices when the 2025 changes took effect.',
      'zh-hk': '該網站報道，領英表示2025年的改動生效時，會尊重會員現有的設定選擇。',
    },
  },
  {
    id: 'gulfnews-2025-09',
    title: 'LinkedIn privacy update: Microsoft can use your data from Nov 3 — how to stop it',
    publisher: 'Gulf News',
    url: 'https://gulfnews.com/technology/linkedin-privacy-update-microsoft-can-use-your-data-from-nov-3-how-to-stop-it-1.500281615',
    accessed: '2026-12-04',
    group: 'press',
    supports: {
      en: 'Its report that the wider sharing of data with Microsoft for ads from 3 November 2025 does not apply in the EU, the UK or Switzerland.',
      'zh-hk': '該報報道，由2025年11月3日起為廣告與微軟分享更多資料的安排，不適用於歐盟、英國及瑞士。',
    },
  },
  {
    id: 'hk01-2025-08-15',
    title: '私隱專員鍾麗玲續任五年：擔當改革者，推廣人工智能與數據安全',
    titleLang: 'zh-hk',
    publisher: 'HK01',
    publisherName: { 'zh-hk': '香港01' },
    url: 'https://www.hk01.com/%E6%94%BF%E6%83%85/60266943/%E7%A7%81%E9%9A%B1%E5%B0%88%E5%93%A1%E9%8D%BE%E9%BA%97%E7%8E%B2%E7%BA%8C%E4%BB%BB%E4%BA%94%E5%B9%B4-%E6%93%94%E7%95%B6%E6%94%B9%E9%9D%A9%E8%80%85-%E6%8E%A8%E5%BB%A3%E4%BA%BA%E5%B7%A5%E6%99%BA%E8%83%BD%E8%88%87%E6%95%B8%E6%93%9A%E5%AE%89%E5%85%A8',
    date: '2025-08-15',
    accessed: '2026-12-03',
    group: 'hong-kong',
    supports: {
      en: 'Ada Chung Lai-ling was reappointed Privacy Commissioner for five years from 4 September 2025.',
      'zh-hk': '鍾麗玲再度獲委任為個人資料私隱專員，任期五年，由2025年9月4日起生效。',
    },
  },
  {
    id: 'hk-pcpd-reminder-report-2025-10',
    title: 'Hong Kong regulators gives heads up to LinkedIn users ahead of AI data training',
    publisher: 'toolz.website (a news aggregator that does not name the original publisher)',
    publisherName: { 'zh-hk': 'toolz.website（未註明原出處的新聞轉載網站）' },
    url: 'https://toolz.website/hong-kong-regulators-gives-heads-up-to-linkedin-users-ahead-of-ai-data-training',
    accessed: '2026-12-03',
    group: 'hong-kong',
    supports: {
      en: 'The only report of the PCPD’s reminder of late October 2025 that we could read: that LinkedIn had confirmed the start on 3 November, that the PCPD engaged with LinkedIn from October 2024 to April 2025, and what LinkedIn undertook. Not checked against the PCPD’s own text.',
      'zh-hk':
        '我們唯一能夠閱讀、有關私隱專員公署2025年10月下旬提醒的報道：領英已確認於11月3日開始、公署在2024年10月至2025年4月與領英溝通，以及領英作出的承諾。未能與公署的原文核對。',
    },
  },
  {
    id: 'btcc-square-2025-10',
    title: 'Hong Kong Regulators Warn LinkedIn Users About AI Data Training: Key Steps to Opt Out by 2025',
    publisher: 'BTCC Square (posts on a cryptocurrency exchange’s website)',
    publisherName: { 'zh-hk': 'BTCC Square（加密貨幣交易所網站上的帖文）' },
    url: 'https://www.btccusa.com/en-US/square/NodeS4mur4i/1124329',
    accessed: '2026-12-04',
    group: 'hong-kong',
    supports: {
      en: 'The one text we could read that attributes the words “consciously consent — or decline” to the Privacy Commissioner. It cites no PCPD statement, and it gives LinkedIn’s setting names we have found nowhere else.',
      'zh-hk':
        '我們唯一能夠讀到、把「有意識地同意或拒絕」一語歸於私隱專員的文字。該帖文沒有引用任何公署聲明，所寫的領英設定名稱亦與我們在其他來源所見的不同。',
    },
  },
  {
    id: 'linkedin-help-account-settings',
    title: 'Manage your account and privacy settings',
    publisher: 'LinkedIn Help',
    publisherName: { 'zh-hk': '領英說明中心' },
    url: 'https://www.linkedin.com/help/linkedin/answer/66',
    accessed: '2026-12-04',
    group: 'linkedin',
    supports: {
      en: 'On the LinkedIn website, the way to Settings & Privacy starts at the Me icon at the top of the page. It gives no date, only how long ago it was last updated: read in a stored copy.',
      'zh-hk':
        '在領英網頁版，前往{linkedin:settingsAndPrivacy}的路徑由頁面頂部的{linkedin:me}圖示開始。此頁沒有註明日期，只顯示多久以前更新；我們閱讀的是存檔副本。',
    },
  },
  {
    id: 'linkedin-help-data-sharing',
    title: 'Data sharing',
    publisher: 'LinkedIn Help',
    publisherName: { 'zh-hk': '領英說明中心' },
    url: 'https://www.linkedin.com/help/linkedin/answer/a1397243',
    accessed: '2026-12-03',
    group: 'linkedin',
    supports: {
      en: 'Outside the EU, the EEA and Switzerland, LinkedIn shares members’ information with Microsoft for more personalised ads, and members can opt out with the Data sharing setting. It gives no date, only how long ago it was last updated: read in a stored copy.',
      'zh-hk':
        '在歐盟、歐洲經濟區及瑞士以外，領英會與微軟分享會員資料，以提供更個人化的廣告；會員可透過{linkedin:dataSharing}設定選擇退出。此頁沒有註明日期，只顯示多久以前更新；我們閱讀的是存檔副本。',
    },
  },
  {
    id: 'bdsg-40',
    title: 'Bundesdatenschutzgesetz (BDSG), § 40 Aufsichtsbehörden der Länder',
    titleLang: 'de',
    publisher: 'Federal Ministry of Justice, Gesetze im Internet',
    publisherName: { 'zh-hk': '德國聯邦司法部' },
    url: 'https://www.gesetze-im-internet.de/bdsg_2018/__40.html',
    accessed: '2026-12-03',
    group: 'regulators',
    supports: {
      en: 'In Germany, the authorities of the states (Länder) supervise how private bodies, companies among them, apply data protection law.',
      'zh-hk': '在德國，由各州的機構監察私營機構（包括企業）如何遵守資料保障法例。',
    },
  },
  {
    id: 'bfdi-zustaendigkeit',
    title: 'Zuständigkeit des Bundesbeauftragten für den Datenschutz und die Informationsfreiheit (BfDI)',
    titleLang: 'de',
    publisher: 'Federal Commissioner for Data Protection and Freedom of Information (BfDI)',
    publisherName: { 'zh-hk': '德國聯邦資料保障及資訊自由專員（BfDI）' },
    url: 'https://www.bfdi.bund.de/DE/Buerger/Inhalte/Allgemein/Datenschutz/Zust%C3%A4ndigkeit-BfDI.html',
    accessed: '2026-12-03',
    group: 'regulators',
    supports: {
      en: 'For most private companies, the state authorities, not the federal commissioner, are responsible.',
      'zh-hk': '大部分私營企業由各州的機構負責，而非聯邦資料保障及資訊自由專員。',
    },
  },
  {
    id: 'berlin-beschwerderecht',
    title: 'Beschwerderecht',
    titleLang: 'de',
    publisher: 'Berlin Commissioner for Data Protection and Freedom of Information',
    publisherName: { 'zh-hk': '柏林資料保障及資訊自由專員' },
    url: 'https://datenschutz-berlin.de/buergerinnen-und-buerger/rechte/beschwerderecht',
    accessed: '2026-12-03',
    group: 'regulators',
    supports: {
      en: 'Berlin’s authority handles complaints about companies elsewhere in the EU together with the authority of that country.',
      'zh-hk': '柏林的資料保障機構會與有關國家的機構合作，處理針對其他歐盟國家企業的投訴。',
    },
  },
  {
    id: 'lfd-niedersachsen-2025-10-23',
    title: 'LinkedIn startet KI-Training mit Nutzerdaten: Hinweise zur Widerspruchsmöglichkeit',
    titleLang: 'de',
    publisher: 'Der Landesbeauftragte für den Datenschutz Niedersachsen',
    publisherName: { 'zh-hk': '下薩克森州資料保障專員' },
    url: 'https://www.lfd.niedersachsen.de/startseite/infothek/linkedin-startet-ki-training-mit-nutzerdaten-wir-geben-hinweise-zur-widerspruchsmoglichkeit-245909.html',
    date: '2025-10-23',
    accessed: '2026-12-03',
    group: 'regulators',
    supports: {
      en: 'On 23 October 2025 Lower Saxony’s authority, together with other German authorities, advised LinkedIn members to consider whether to object, since data once used may not be fully removable from AI systems.',
      'zh-hk':
        '下薩克森州資料保障專員於2025年10月23日聯同德國其他資料保障機構，建議領英會員考慮是否提出反對，因為資料一經使用，未必能從人工智能系統中完全刪除。',
    },
  },
  {
    id: 'hbdi-linkedin-2025',
    title: 'LinkedIn trainiert seine KI künftig mit Daten von Nutzerinnen und Nutzern - Widerspruch ist möglich',
    titleLang: 'de',
    publisher: 'Der Hessische Beauftragte für Datenschutz und Informationsfreiheit (HBDI)',
    publisherName: { 'zh-hk': '黑森州資料保障及資訊自由專員（HBDI）' },
    url: 'https://datenschutz.hessen.de/presse/linkedin-trainiert-seine-ki-kuenftig-mit-daten-von-nutzerinnen-und-nutzern-widerspruch-ist-moeglich',
    accessed: '2026-12-04',
    group: 'regulators',
    supports: {
      en: 'Hesse’s data protection commissioner gives the route to the setting on LinkedIn’s website, step by step.',
      'zh-hk': '德國黑森州資料保障及資訊自由專員逐步列出在領英網頁版前往該設定的路徑。',
    },
  },
  {
    id: 'hmbbfdi-linkedin-2025',
    title: 'LinkedIn plant KI-Training mit Nutzer:innendaten – Widerspruchfrist läuft bis zum 3. November 2025',
    titleLang: 'de',
    publisher: 'Der Hamburgische Beauftragte für Datenschutz und Informationsfreiheit (HmbBfDI)',
    publisherName: { 'zh-hk': '漢堡資料保障及資訊自由專員（HmbBfDI）' },
    url: 'https://datenschutz-hamburg.de/news/linkedin-plant-ki-training-mit-nutzerinnendaten-widerspruchfrist-laeuft-bis-zum-3-november-2025',
    accessed: '2026-12-03',
    group: 'regulators',
    supports: {
      en: 'Hamburg’s authority: objecting later covers only future use, because data already used in training cannot be extracted.',
      'zh-hk': '漢堡的資料保障機構指出，較後才提出反對，只能涵蓋日後的使用，因為已用於訓練的資料無法再抽出。',
    },
  },
  {
    id: 'nltimes-2025-09-24',
    title: 'Dutch privacy watchdog urges LinkedIn users to opt out of AI data training by Nov. 3',
    publisher: 'NL Times',
    url: 'https://nltimes.nl/2025/09/24/dutch-privacy-watchdog-urges-linkedin-users-opt-ai-data-training-nov-3',
    date: '2025-09-24',
    accessed: '2026-12-03',
    group: 'press',
    supports: {
      en: 'The Dutch Data Protection Authority’s vice-chair, as quoted by NL Times in English: LinkedIn wants to use data going back to 2003, and everyone who does not want their data used should change their settings before 3 November.',
      'zh-hk': '{en:NL Times}以英文引述荷蘭個人資料保障局副主席：領英想使用早至2003年的資料，不想資料被使用的人應在11月3日前更改設定。',
    },
  },
  {
    id: 'lawsociety-gazette-2025-11',
    title: 'DPC concerns prompt LinkedIn AI changes',
    publisher: 'Law Society Gazette (Ireland)',
    url: 'https://www.lawsociety.ie/gazette/top-stories/2025/november/dpc-concerns-prompt-linkedin-ai-changes',
    accessed: '2026-12-03',
    group: 'press',
    supports: {
      en: 'Ireland’s Data Protection Commission stressed that it had not approved, nor found compliant, LinkedIn’s use of members’ data for generative-AI training. Read in a stored copy.',
      'zh-hk': '愛爾蘭資料保障委員會強調，其並未批准領英以會員資料訓練生成式人工智能，亦未認定其做法合規。我們閱讀的是存檔副本。',
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
