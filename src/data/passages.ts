import { passageSchema, type Passage } from './schema.ts';

/**
 * The passages the guide's citations point to: each a short run of a source's text, copied as published, in the
 * source's language, with a gloss in the reader's language where it differs. A citation names one by id
 * ('<source id>#<slug>'); /sources/ shows it with the date it was checked and a link that opens the source at it.
 * Read against the sources on 29 November 2026: see docs/research/2026-11-29-passages.md for where each was read.
 */
export const passages: readonly Passage[] = passageSchema.array().parse([
  // linkedin-help-gai
  {
    id: 'linkedin-help-gai#member-setting-controls-training',
    lang: 'en',
    level: 'linkedin',
    quote:
      'In cases where LinkedIn or its affiliates train or improve generative AI models used to create content, members can use the Data for Generative AI Improvement member setting to control whether their data is used for training these models.',
    gloss: {
      'zh-hk':
        '如領英或其聯屬公司訓練或改進用於生成內容的生成式人工智能模型，會員可透過Data for Generative AI Improvement（用於改進生成式人工智能的資料）會員設定，控制其資料會否用於訓練這些模型。',
    },
  },
  {
    id: 'linkedin-help-gai#on-by-default',
    lang: 'en',
    level: 'linkedin',
    quote: 'The Data for Generative AI Improvement member setting is set to “on” by default, unless you opt-out by turning it “off.”',
    gloss: { 'zh-hk': '這個會員設定預設為「開啟」，除非你自行把它「關閉」。' },
  },
  {
    id: 'linkedin-help-gai#off-stops-use-going-forward',
    lang: 'en',
    level: 'linkedin',
    quote:
      'Turning the setting off means that we (LinkedIn and our affiliates) won’t use the data and content you provided to LinkedIn to train models that generate content going forward.',
    gloss: { 'zh-hk': '關閉設定後，領英及其聯屬公司日後不會再用你提供給領英的資料和內容訓練生成內容的模型。' },
  },
  {
    id: 'linkedin-help-gai#does-not-undo-past-training',
    lang: 'en',
    level: 'linkedin',
    quote: 'Opting out does not affect training that has already taken place.',
    gloss: { 'zh-hk': '選擇退出不會影響已經完成的訓練。' },
  },
  {
    id: 'linkedin-help-gai#linkedin-and-affiliates',
    lang: 'en',
    level: 'linkedin',
    quote:
      'The Data for Generative AI Improvement member setting controls the use of data for training content generating AI models conducted by LinkedIn and its affiliates.',
    gloss: { 'zh-hk': '這個設定控制領英及其聯屬公司以資料訓練生成內容的人工智能模型。' },
  },
  {
    id: 'linkedin-help-gai#content-models-only',
    lang: 'en',
    level: 'linkedin',
    quote:
      'The Data for Generative AI Improvement member setting applies to training and improving generative AI models that are used to generate content (e.g., suggested posts or messages) and does not apply to our training of AI models used for other purposes',
    gloss: { 'zh-hk': '這個設定只適用於訓練生成內容（例如建議帖文或訊息）的模型，並不涵蓋其他用途的人工智能模型。' },
  },
  // linkedin-privacy-policy
  {
    id: 'linkedin-privacy-policy#effective-2025-11-03',
    lang: 'en',
    level: 'linkedin',
    quote: 'Effective November 3, 2025',
    gloss: { 'zh-hk': '私隱政策於2025年11月3日生效。' },
  },
  {
    id: 'linkedin-privacy-policy#trains-ai-models',
    lang: 'en',
    level: 'linkedin',
    quote:
      'We may use your personal data to improve, develop, and provide products and Services, develop and train artificial intelligence (AI) models, develop, provide, and personalize our Services, and gain insights with the help of AI, automated systems, and inferences',
    gloss: {
      'zh-hk':
        '領英可使用你的個人資料改進、開發及提供產品和服務，開發及訓練人工智能模型，開發、提供及個人化其服務，並借助人工智能、自動化系統及推論取得洞察。',
    },
  },
  {
    id: 'linkedin-privacy-policy#shares-with-microsoft',
    lang: 'en',
    level: 'linkedin',
    quote:
      'Subject to our European Regional Privacy Notice, we may also share with our Affiliates, including Microsoft, your (1) publicly-shared content (such as your public LinkedIn posts) to provide or develop their services and (2) personal data to improve, provide or develop their advertising services.',
    gloss: {
      'zh-hk':
        '在遵守《歐洲地區私隱通知》的前提下，領英可與包括微軟在內的聯屬公司分享：（1）你公開分享的內容（例如你在領英的公開帖文），以提供或開發其服務；及（2）個人資料，以改進、提供或開發其廣告服務。',
    },
  },
  {
    id: 'linkedin-privacy-policy#affiliates-include-microsoft',
    lang: 'en',
    level: 'linkedin',
    quote:
      'Affiliates are companies controlling, controlled by or under common control with us, including, for example, LinkedIn Ireland, LinkedIn Corporation, LinkedIn Singapore and Microsoft Corporation or any of its subsidiaries (e.g., GitHub, Inc.).',
    gloss: {
      'zh-hk':
        '「聯屬公司」指控制領英、受領英控制或與領英受共同控制的公司，例如LinkedIn Ireland、LinkedIn Corporation、LinkedIn Singapore，以及Microsoft Corporation或其任何附屬公司（例如GitHub）。',
    },
  },
  {
    id: 'linkedin-privacy-policy#ad-settings',
    lang: 'en',
    level: 'linkedin',
    quote:
      'You have choices regarding our uses of certain categories of data to show you more relevant ads. Member settings can be found here.',
    gloss: { 'zh-hk': '你可選擇領英如何使用某些類別的資料向你展示相關廣告；會員設定在此。' },
  },
  {
    id: 'linkedin-privacy-policy#designated-countries-and-eu-notice',
    lang: 'en',
    level: 'linkedin',
    quote:
      'We use the term “Designated Countries” to refer to countries in the European Union (EU), European Economic Area (EEA), and Switzerland. Members and Visitors located in the Designated Countries or the UK can review additional information in our European Regional Privacy Notice.',
    gloss: { 'zh-hk': '「指定國家」指歐盟、歐洲經濟區及瑞士；身處這些國家或英國的用戶可參閱《歐洲地區私隱通知》。' },
  },
  {
    id: 'linkedin-privacy-policy#contact-linkedin-first',
    lang: 'en',
    level: 'linkedin',
    quote: 'If you have questions or complaints regarding this Policy, please first contact LinkedIn online.',
    gloss: { 'zh-hk': '如對本政策有疑問或投訴，請先在網上聯絡領英。' },
  },
  {
    id: 'linkedin-privacy-policy-2024-09#effective-2024-09-18',
    lang: 'en',
    level: 'linkedin',
    quote: 'Effective September 18, 2024',
    gloss: { 'zh-hk': '該版本私隱政策於2024年9月18日生效。' },
  },
  // linkedin-help-account-settings
  {
    id: 'linkedin-help-account-settings#me-icon',
    lang: 'en',
    level: 'linkedin',
    quote: 'Click the Me icon at the top of your LinkedIn homepage.',
    gloss: { 'zh-hk': '按領英首頁頂部的Me（我）圖示。' },
  },
  // linkedin-eu-notice
  {
    id: 'linkedin-eu-notice#banner-legitimate-interests',
    lang: 'en',
    level: 'linkedin',
    quote:
      'On November 3, 2025, we updated this notice to provide information about our reliance on Legitimate Interests as the legal basis for training content-generating AI models used in our products.',
    gloss: { 'zh-hk': '領英於2025年11月3日更新此通知，說明其以「正當權益」作為訓練生成內容的人工智能模型的法律依據。' },
  },
  {
    id: 'linkedin-eu-notice#banner-opt-out',
    lang: 'en',
    level: 'linkedin',
    quote: 'You can opt out any time in your settings if you’d prefer not to have your data used in this way',
    gloss: { 'zh-hk': '如你不想資料被這樣使用，可隨時在設定中選擇退出（編按：原文的「設定」連結直達該人工智能設定頁）。' },
  },
  {
    id: 'linkedin-eu-notice#scope-designated-countries-and-uk',
    lang: 'en',
    level: 'linkedin',
    quote:
      'This European Regional Privacy Notice (this “Notice”) supplements LinkedIn’s Privacy Policy and contains additional information for Members and Visitors located in the Designated Countries (as defined in the Introduction to the Privacy Policy) and the United Kingdom.',
    gloss: { 'zh-hk': '此通知補充領英的私隱政策，適用於身處「指定國家」（歐盟、歐洲經濟區、瑞士）及英國的會員和訪客。' },
  },
  {
    id: 'linkedin-eu-notice#applies-to-designated-countries-and-uk',
    lang: 'en',
    level: 'linkedin',
    quote:
      'Unless otherwise indicated below, the information in this Notice applies to members in both the Designated Countries and the UK.',
    gloss: { 'zh-hk': '除另有說明外，此通知的內容同時適用於指定國家及英國的會員。' },
  },
  {
    id: 'linkedin-eu-notice#legitimate-interests-basis',
    lang: 'en',
    level: 'linkedin',
    quote:
      'In some cases, the collection and processing of your personal data is based on our legitimate interests and/or the legitimate interests of third parties (e.g., LinkedIn customers and our Members), provided that our interest in processing does not outweigh your interests or fundamental rights and freedoms.',
    gloss: { 'zh-hk': '部分情況下，領英處理你的個人資料是基於其本身或第三方的正當權益，前提是這些權益不凌駕你的權益或基本權利及自由。' },
  },
  {
    id: 'linkedin-eu-notice#train-row-title',
    lang: 'en',
    level: 'linkedin',
    quote: 'To train our content-generating Generative AI systems',
    gloss: { 'zh-hk': '（編按：此為正當權益表格中的一行）訓練我們生成內容的生成式人工智能系統。' },
  },
  {
    id: 'linkedin-eu-notice#train-purpose',
    lang: 'en',
    level: 'linkedin',
    quote:
      'To train, fine-tune, evaluate and improve our Generative AI models used to create content (textual, audio, visual, and other media, or multimedia) on the LinkedIn platform (or elsewhere) and in LinkedIn’s lines of business.',
    gloss: {
      'zh-hk':
        '訓練、微調、評估及改進其生成式人工智能模型，這些模型用於在領英平台（或其他地方）及領英各業務範疇生成內容，包括文字、音訊、影像及其他媒體或多媒體。',
    },
  },
  {
    id: 'linkedin-eu-notice#suggest-textual-content',
    lang: 'en',
    level: 'linkedin',
    quote: 'Suggesting textual content to Members for those Members to use in a post or in their profiles.',
    gloss: { 'zh-hk': '向會員建議文字內容，供他們用於帖文或個人檔案。' },
  },
  {
    id: 'linkedin-eu-notice#data-profile',
    lang: 'en',
    level: 'linkedin',
    quote:
      'Data that you or others provide in your LinkedIn profile: your name, photo, current position and work experience, education, location, skills, summary, certifications, licenses, volunteering experiences, publications, patents, endorsements, and recommendations',
    gloss: {
      'zh-hk':
        '你或他人在領英個人檔案提供的資料：姓名、相片、現職及工作經驗、學歷、所在地、技能、簡介、證書、執照、義工經驗、著作、專利、技能認可及推薦。',
    },
  },
  {
    id: 'linkedin-eu-notice#data-gai-input',
    lang: 'en',
    level: 'linkedin',
    quote:
      'Conversation data that users input into our GAI features (prompts, search text, queries, chats, responses, and other input and output data)',
    gloss: { 'zh-hk': '用戶輸入生成式人工智能功能的對話資料（提示、搜尋文字、查詢、對話、回應及其他輸入和輸出資料）。' },
  },
  {
    id: 'linkedin-eu-notice#data-groups',
    lang: 'en',
    level: 'linkedin',
    quote: 'Group activity and group messages',
    gloss: { 'zh-hk': '群組活動及群組訊息。' },
  },
  {
    id: 'linkedin-eu-notice#data-member-content',
    lang: 'en',
    level: 'linkedin',
    quote: 'Member generated content (posts, articles, poll responses, contributions and comments)',
    gloss: { 'zh-hk': '會員產生的內容（帖文、文章、投票回應、貢獻及留言）。' },
  },
  {
    id: 'linkedin-eu-notice#data-screening-resumes',
    lang: 'en',
    level: 'linkedin',
    quote:
      'Responses to screening questions and resumes that members provide add to their LinkedIn account on the LinkedIn platform for ongoing LinkedIn use',
    gloss: { 'zh-hk': '會員加入帳戶以供持續使用的篩選問題答案及履歷。' },
  },
  {
    id: 'linkedin-eu-notice#opt-out-training-any-time',
    lang: 'en',
    level: 'linkedin',
    quote: 'You can opt out of our use of your data to train our content-generating AI models at any time.',
    gloss: { 'zh-hk': '你可隨時選擇退出，不讓領英用你的資料訓練生成內容的人工智能模型。' },
  },
  {
    id: 'linkedin-eu-notice#uk-microsoft-row-title',
    lang: 'en',
    level: 'linkedin',
    quote: 'Sharing data with our parent company, Microsoft for its AI training purposes',
    gloss: { 'zh-hk': '（編按：此項只適用於英國）與母公司微軟分享資料，供其訓練人工智能。' },
  },
  {
    id: 'linkedin-eu-notice#uk-microsoft-purpose',
    lang: 'en',
    level: 'linkedin',
    quote:
      'To share certain member data with Microsoft so that it can train, fine-tune, and evaluate, and otherwise improve Microsoft’s AI models.',
    gloss: { 'zh-hk': '與微軟分享部分會員資料，讓微軟訓練、微調、評估及改進其人工智能模型。' },
  },
  {
    id: 'linkedin-eu-notice#uk-microsoft-data',
    lang: 'en',
    level: 'linkedin',
    quote:
      'Your posts, comments, articles, collaborative articles and LinkedIn video you create LinkedIn Learning Videos and Transcripts Company Page Data Job Postings',
    gloss: { 'zh-hk': '你建立的帖文、留言、文章、協作文章及影片；LinkedIn Learning影片及文字稿；公司專頁資料；招聘廣告。' },
  },
  {
    id: 'linkedin-eu-notice#uk-microsoft-opt-out',
    lang: 'en',
    level: 'linkedin',
    quote: 'You can opt out of our use of your data for this purpose any time.',
    gloss: { 'zh-hk': '你可隨時選擇退出此用途（編按：原文的連結指向同一個人工智能設定）。' },
  },
  {
    id: 'linkedin-eu-notice#safety-ai-messages',
    lang: 'en',
    level: 'linkedin',
    quote:
      'To use automated systems such as generative AI to detect and prevent harmful content on your feed and in messages, and train and improve our AI systems for these trust and security-related purposes.',
    gloss: {
      'zh-hk': '以生成式人工智能等自動化系統偵測及防止動態消息及訊息中的有害內容，並為這些信任及安全用途訓練及改進其人工智能系統。',
    },
  },
  {
    id: 'linkedin-eu-notice#feedback-gen-ai-features',
    lang: 'en',
    level: 'linkedin',
    quote: "including using Members' feedback to improve, correct or modify our Gen AI-powered features.",
    gloss: { 'zh-hk': '（在整體改善產品及服務的用途之下，）包括使用會員的意見改善、修正或修改其以生成式人工智能驅動的功能。' },
  },
  {
    id: 'linkedin-eu-notice#affiliates-microsoft-ai',
    lang: 'en',
    level: 'linkedin',
    quote: 'and, where permitted, so that Microsoft can train and improve its AI models',
    gloss: { 'zh-hk': '在獲准許的情況下，領英與微軟分享資料，讓微軟訓練及改進其人工智能模型。' },
  },
  {
    id: 'linkedin-eu-notice#right-to-object',
    lang: 'en',
    level: 'linkedin',
    quote:
      'You also have the right to object to processing your data where legitimate interest or public interest is the legal basis for processing that data.',
    gloss: { 'zh-hk': '如處理你資料的法律依據是正當權益或公眾利益，你有權反對有關處理。' },
  },
  {
    id: 'linkedin-eu-notice#objection-form',
    lang: 'en',
    level: 'linkedin',
    quote:
      'To exercise your right to object you can contact us by using the details in the “Contact Us” Section below or complete our Data Processing Objection form.',
    gloss: { 'zh-hk': '如要行使反對權，可聯絡領英或填寫「資料處理反對表格」。' },
  },
  {
    id: 'linkedin-eu-notice#supervisory-authority',
    lang: 'en',
    level: 'linkedin',
    quote:
      'If you have a concern or complaint about the use of your personal data that you feel has not been addressed by us, you always have the right to raise a concern with the supervisory authority in your jurisdiction.',
    gloss: { 'zh-hk': '如你認為領英未有處理你對個人資料使用的關注或投訴，你有權向所在司法管轄區的監管機構反映。' },
  },
  // thestandard-2024-10-03
  {
    id: 'thestandard-2024-10-03#reminded-public',
    lang: 'en',
    level: 'press',
    quote:
      "The privacy watchdog reminded the public on Thursday about LinkedIn's recent policy update, which allows the utilization of users' personal data and content for the purpose of training its generative artificial intelligence (AI) models.",
    gloss: { 'zh-hk': '私隱監管機構於星期四提醒公眾，領英近期更新政策，容許以用戶的個人資料和內容訓練其生成式人工智能模型。' },
  },
  {
    id: 'thestandard-2024-10-03#enabled-by-default',
    lang: 'en',
    level: 'press',
    quote:
      'The Office of the Privacy Commissioner for Personal Data (PCPD) noted that users can revoke permission on the employment-oriented social media platform to use their personal data for AI training, though the relevant setting for consent to such use is enabled by default.',
    gloss: { 'zh-hk': '公署指出，用戶可撤回讓平台以其個人資料訓練人工智能的許可，但有關同意設定預設為開啟。' },
  },
  {
    id: 'thestandard-2024-10-03#default-reflects-choices',
    lang: 'en',
    level: 'press',
    quote:
      'The watchdog said LinkedIn\'s privacy policy update "has aroused concerns of data protection authorities in other jurisdictions" and is concerned whether the default opt-in setting accurately reflects users\' choices.',
    gloss: { 'zh-hk': '公署表示領英的私隱政策更新已引起其他司法管轄區資料保障機構關注，並關注預設同意的設定能否準確反映用戶的選擇。' },
  },
  {
    id: 'thestandard-2024-10-03#contacted-platform',
    lang: 'en',
    level: 'press',
    quote: 'It has also contacted the platform for clarification on the issue.',
    gloss: { 'zh-hk': '公署亦已聯絡平台要求澄清。' },
  },
  {
    id: 'thestandard-2024-10-03#review-to-decide',
    lang: 'en',
    level: 'press',
    quote:
      'Privacy Commissioner Ada Chung Lai-ling urged LinkedIn users to review the updated policy to decide if they agree to the use of their personal data for AI training.',
    gloss: { 'zh-hk': '私隱專員鍾麗玲促請領英用戶細閱更新後的政策，以決定是否同意以其個人資料訓練人工智能。' },
  },
  {
    id: 'thestandard-2024-10-03#steps-to-revoke',
    lang: 'en',
    level: 'press',
    quote: 'The watchdog also detailed the steps to assist LinkedIn users in revoking the permission.',
    gloss: { 'zh-hk': '公署亦詳細列出步驟，協助用戶撤回許可。' },
  },
  // pcpd-2024-10-15
  {
    id: 'pcpd-2024-10-15#date',
    lang: 'en',
    level: 'regulator',
    quote: 'Date: 15 October 2024',
    gloss: { 'zh-hk': '日期：2024年10月15日。' },
  },
  {
    id: 'pcpd-2024-10-15#concern-default-opt-in',
    lang: 'en',
    level: 'regulator',
    quote:
      'On 3 October 2024, the Office of the Privacy Commissioner for Personal Data (PCPD) expressed concern regarding the employment-oriented social media platform LinkedIn’s default opt-in setting',
    gloss: { 'zh-hk': '2024年10月3日，個人資料私隱專員公署對職場社交媒體平台領英的預設同意設定表示關注。' },
  },
  {
    id: 'pcpd-2024-10-15#wrote-to-linkedin',
    lang: 'en',
    level: 'regulator',
    quote: 'and wrote to LinkedIn to enquire into the matter',
    gloss: { 'zh-hk': '並去信領英查詢。' },
  },
  {
    id: 'pcpd-2024-10-15#paused-from-11-october',
    lang: 'en',
    level: 'regulator',
    quote:
      'The PCPD received a response from LinkedIn yesterday confirming that it has paused any use of Hong Kong users’ personal data for such purposes as of 11 October 2024 while the PCPD’s concerns are being addressed.',
    gloss: { 'zh-hk': '領英回覆公署，確認在處理公署關注期間，已自2024年10月11日起暫停使用香港用戶的個人資料作上述用途。' },
  },
  {
    id: 'pcpd-2024-10-15#commissioner-welcomes',
    lang: 'en',
    level: 'regulator',
    quote:
      'The Privacy Commissioner for Personal Data, Ms Ada CHUNG Lai-ling, welcomes LinkedIn’s decision to pause any use of Hong Kong users’ personal data for training generative AI models for content creation.',
    gloss: { 'zh-hk': '私隱專員鍾麗玲歡迎領英暫停以香港用戶的個人資料訓練生成式人工智能模型的決定。' },
  },
  {
    id: 'pcpd-2024-10-15#follow-up-and-monitor',
    lang: 'en',
    level: 'regulator',
    quote:
      'The PCPD will continue to follow up and monitor the situation to ensure that the personal data privacy of Hong Kong users is safeguarded.',
    gloss: { 'zh-hk': '公署會繼續跟進及監察情況，確保香港用戶的個人資料私隱受到保障。' },
  },
  // hkfp-2024-10-15
  {
    id: 'hkfp-2024-10-15#without-notifying-writing-suggestions',
    lang: 'en',
    level: 'press',
    quote:
      'Without directly notifying users, LinkedIn last month began using user data to train generative AI models responsible for the website’s writing suggestions.',
    gloss: { 'zh-hk': '領英沒有直接通知用戶，便於上月開始以用戶資料訓練負責網站寫作建議的生成式人工智能模型。' },
  },
  {
    id: 'hkfp-2024-10-15#halted-last-friday',
    lang: 'en',
    level: 'press',
    quote:
      'LinkedIn halted the use of Hong Kong user data last Friday, the Privacy Commissioner for Personal Data (PCPD) said in a Tuesday statement.',
    gloss: { 'zh-hk': '私隱專員公署在星期二的聲明中表示，領英已於上星期五停止使用香港用戶的資料。' },
  },
  {
    id: 'hkfp-2024-10-15#default-opt-in-concern',
    lang: 'en',
    level: 'press',
    quote: 'The watchdog last week expressed concern over default opt-in settings for LinkedIn users.',
    gloss: { 'zh-hk': '公署上星期對領英用戶的預設同意設定表示關注。' },
  },
  {
    id: 'hkfp-2024-10-15#october-3-warning',
    lang: 'en',
    level: 'press',
    quote:
      'The privacy watchdog on October 3 warned Hong Kong LinkedIn users of the updates and urged them to revoke permissions if they were unwilling to authorise LinkedIn’s use and collection of their personal data.',
    gloss: { 'zh-hk': '公署於10月3日就有關更新提醒香港用戶，並促請不願授權領英使用其個人資料的用戶撤回許可。' },
  },
  {
    id: 'hkfp-2024-10-15#faq-regions-left-out',
    lang: 'en',
    level: 'quoted',
    speaker: { en: 'LinkedIn’s FAQ page', 'zh-hk': '領英的常見問題頁' },
    quote:
      'LinkedIn’s FAQ page states that it does not “currently train content-generating AI models from members located in the [European Union], [European Economic Area], the UK, Switzerland, or Hong Kong.”',
    gloss: {
      'zh-hk': '領英的常見問題頁指，領英目前不會以身處歐盟、歐洲經濟區、英國、瑞士或香港的會員資料訓練生成內容的人工智能模型。',
    },
  },
  // pcpd-e-lawbook, pcpd-case-note-2009e03, pcpd-about, pcpd-ordinance-at-a-glance, cmab-privacy-protection
  {
    id: 'pcpd-e-lawbook#dpp3-1-new-purpose',
    lang: 'en',
    level: 'law',
    quote: 'Personal data shall not, without the prescribed consent of the data subject, be used for a new purpose.',
    gloss: { 'zh-hk': '如無資料當事人的訂明同意，個人資料不得用於新目的。' },
  },
  {
    id: 'pcpd-e-lawbook#s62-exempts-dpp3',
    lang: 'en',
    level: 'regulator',
    quote:
      'Section 62 exempts from application of DPP3 when the following conditions are satisfied: (a) the data is to be used for preparing statistics or carrying out research; (b) the data is not to be used for any other purpose; and (c) the resulting statistics or results of the research are not made available in a form which identifies the data subjects or any of them.',
    url: 'https://www.pcpd.org.hk/misc/booklets/e-lawbook/html/files/assets/basic-html/page-188.html',
    gloss: {
      'zh-hk':
        '符合以下條件時，第62條豁免保障資料第3原則的適用：(a)資料將用於擬備統計數字或進行研究；(b)資料不會用於任何其他目的；及(c)所得的統計數字或研究結果不會以識辨資料當事人或其中任何人的形式提供。',
    },
  },
  {
    id: 'pcpd-e-lawbook#dpp3-4-new-purpose-definition',
    lang: 'en',
    level: 'law',
    quote:
      'new purpose, in relation to the use of personal data, means any purpose other than – (a) the purpose for which the data was to be used at the time of the collection of the data; or (b) a purpose directly related to the purpose referred to in paragraph (a).',
    url: 'https://www.pcpd.org.hk/misc/booklets/e-lawbook/html/files/assets/basic-html/page-80.html',
    gloss: { 'zh-hk': '「新目的」指以下以外的任何目的：(a)收集資料時擬將資料用於的目的；或(b)與(a)所述目的直接有關的目的。' },
  },
  {
    id: 'pcpd-e-lawbook#not-directly-related-is-new-use',
    lang: 'en',
    level: 'regulator',
    quote:
      'Any use (including disclosure or transfer to a third party) of the personal data, which is not directly related to the original purpose for which the personal data was collected, will amount to a “new” use calling for the prescribed consent of the data subject.',
    url: 'https://www.pcpd.org.hk/misc/booklets/e-lawbook/html/files/assets/basic-html/page-80.html',
    gloss: { 'zh-hk': '任何與收集資料的原本目的沒有直接關係的使用（包括披露或轉移），都屬「新」用途，須取得資料當事人的訂明同意。' },
  },
  {
    id: 'pcpd-case-note-2009e03#prescribed-consent-s2-3',
    lang: 'en',
    level: 'regulator',
    quote:
      'According to section 2(3) of the Ordinance, the "prescribed consent" of a person means the express consent of the person given voluntarily; and does not include any consent which has been withdrawn by notice in writing served on the person to whom the consent has been given.',
    gloss: { 'zh-hk': '根據《私隱條例》第2(3)條，「訂明同意」指當事人自願給予的明示同意，但不包括已以書面通知撤回的同意。' },
  },
  {
    id: 'pcpd-about#pcpd-enforces-ordinance',
    lang: 'en',
    level: 'regulator',
    quote:
      'The Office of the Privacy Commissioner for Personal Data (PCPD) is an independent statutory body set up to oversee the enforcement of the Personal Data (Privacy) Ordinance (Cap. 486)',
    gloss: { 'zh-hk': '個人資料私隱專員公署是獨立法定機構，負責監察《個人資料（私隱）條例》（第486章）的執行。' },
  },
  {
    id: 'pcpd-ordinance-at-a-glance#zh-dpps-in-schedule-1',
    lang: 'zh-hk',
    level: 'regulator',
    quote: '條例附表一的保障資料原則，列出資料使用者應如何收集、處理及使用個人資料，此外條例亦有其他條文訂明更多的循規要求。',
    gloss: {
      en: 'The data protection principles in Schedule 1 of the Ordinance set out how data users should collect, handle and use personal data; other provisions add further requirements.',
    },
  },
  {
    id: 'cmab-privacy-protection#zh-independent-body-enforces',
    lang: 'zh-hk',
    level: 'regulator',
    quote:
      '條例賦予國際認可的保障資料原則法定效力，並設立一個獨立的法定機構——個人資料私隱專員（下稱私隱專員），以負責條例的執行工作和促使各界人士遵守條例的規定。',
    gloss: {
      en: 'The Ordinance gives legal force to internationally recognised data protection principles and sets up an independent statutory body, the Privacy Commissioner for Personal Data, to enforce it.',
    },
  },
  // scmp-2024-10-15
  {
    id: 'scmp-2024-10-15#blog-post-18-september',
    lang: 'en',
    level: 'press',
    quote:
      'LinkedIn cited a blog post by its senior vice-president and general counsel Blake Lawit on September 18 stating that the company had added language to clarify how the company would use users’ information to develop the products and services of LinkedIn and its affiliates, which included “training AI models used for content generation (generative AI)”.',
    gloss: {
      'zh-hk':
        '領英引述其高級副總裁兼法律總顧問Blake Lawit於9月18日的網誌文章，指公司已加入文字，說明會如何使用用戶的資料開發領英及其聯屬公司的產品和服務，當中包括「訓練用於生成內容的人工智能模型（生成式人工智能）」。',
    },
  },
  {
    id: 'scmp-2024-10-15#unclear-when-introduced',
    lang: 'en',
    level: 'press',
    quote: 'It remained unclear when LinkedIn had introduced its new feature.',
    gloss: { 'zh-hk': '領英何時推出這項新功能仍不清楚。' },
  },
  {
    id: 'scmp-2024-10-15#manual-opt-out',
    lang: 'en',
    level: 'press',
    quote: 'Users would have to manually opt out of providing their information to LinkedIn under the policy mentioned in Lawit’s post.',
    gloss: { 'zh-hk': '根據網誌文章提及的政策，用戶須自行選擇退出，才不會向領英提供其資料。' },
  },
  {
    id: 'scmp-2024-10-15#pcpd-data-privacy-path',
    lang: 'en',
    level: 'press',
    quote:
      'The PCPD earlier advised that Hong Kong users could visit the “Data Privacy” page of their LinkedIn account settings, and then select “Data for Generative AI Improvement” to find the relevant switch to revoke the relevant permission.',
    gloss: {
      'zh-hk': '公署早前建議香港用戶到帳戶設定的Data Privacy頁，選擇Data for Generative AI Improvement，找到相關開關以撤回許可。',
    },
  },
  // thestandard-users-alert
  {
    id: 'thestandard-users-alert#switch-label',
    lang: 'en',
    level: 'press',
    quote: 'They can do this by disabling the "Use my data for training content creation AI models" option in their account settings.',
    gloss: { 'zh-hk': '用戶可在帳戶設定中關閉Use my data for training content creation AI models選項。' },
  },
  {
    id: 'thestandard-users-alert#revoke-permission',
    lang: 'en',
    level: 'press',
    quote: "The office recommends that those who do not wish to have their data used should revoke the platform's permission.",
    gloss: { 'zh-hk': '公署建議不希望資料被使用的用戶撤回平台的許可。' },
  },
  {
    id: 'thestandard-users-alert#meta-also',
    lang: 'en',
    level: 'press',
    quote: 'Beyond LinkedIn, other major technology companies such as Meta are also leveraging user data for AI model training.',
    gloss: { 'zh-hk': '除領英外，Meta等其他大型科技公司亦以用戶資料訓練人工智能模型。' },
  },
  {
    id: 'thestandard-users-alert#default-may-not-reflect-choices',
    lang: 'en',
    level: 'press',
    quote: "It said it is particularly worried that LinkedIn's default opt-in setting may not accurately reflect users' choices.",
    gloss: { 'zh-hk': '公署特別擔心領英的預設同意設定未必能準確反映用戶的選擇。' },
  },
  // ico-2024-09-20
  {
    id: 'ico-2024-09-20#concerns-raised',
    lang: 'en',
    level: 'regulator',
    quote:
      'We are pleased that LinkedIn has reflected on the concerns we raised about its approach to training generative AI models with information relating to its UK users.',
    gloss: { 'zh-hk': '資訊專員辦公室欣悉領英已考慮該辦公室就以英國用戶資料訓練生成式人工智能所提出的關注。' },
  },
  {
    id: 'ico-2024-09-20#suspended-pending-engagement',
    lang: 'en',
    level: 'regulator',
    quote: 'We welcome LinkedIn’s confirmation that it has suspended such model training pending further engagement with the ICO.',
    gloss: { 'zh-hk': '資訊專員辦公室歡迎領英確認已暫停有關模型訓練，以待與該辦公室進一步溝通。' },
  },
  {
    id: 'ico-2024-09-20#updated-statement-date',
    lang: 'en',
    level: 'regulator',
    quote: 'Updated statement Tuesday 23 September 2025',
    gloss: { 'zh-hk': '2025年9月23日（星期二）更新聲明。' },
  },
  {
    id: 'ico-2024-09-20#opt-out-settings',
    lang: 'en',
    level: 'regulator',
    quote:
      'We are pleased LinkedIn has reflected on our concerns and taken steps to improve transparency material, make it simpler for users to object to the processing via opt-out settings, and provide a longer window to do so.',
    gloss: {
      'zh-hk': '資訊專員辦公室欣悉領英已考慮其關注，並採取措施改善透明度資料、令用戶更易透過選擇退出的設定反對處理，並延長反對期限。',
    },
  },
  {
    id: 'ico-2024-09-20#resume-and-monitor',
    lang: 'en',
    level: 'regulator',
    quote:
      'LinkedIn has now taken the decision to resume its plans, and we will continue to monitor the situation as LinkedIn moves to inform UK users and commence processing in the coming weeks.',
    gloss: { 'zh-hk': '領英已決定恢復其計劃；資訊專員辦公室會在領英通知英國用戶並於未來數星期開始處理時繼續監察。' },
  },
  {
    id: 'ico-2024-09-20#assessment-not-approval',
    lang: 'en',
    level: 'regulator',
    quote:
      'Our assessment is based on the information currently available and LinkedIn will need to ensure the ongoing compliance of its approach.',
    gloss: { 'zh-hk': '資訊專員辦公室的評估基於現有資料，領英須確保其做法持續合規。' },
  },
  // opc-2024-12-10
  {
    id: 'opc-2024-12-10#dateline',
    lang: 'en',
    level: 'regulator',
    quote: 'December 10, 2024 – Gatineau, Quebec',
    gloss: { 'zh-hk': '2024年12月10日，魁北克省加蒂諾。' },
  },
  {
    id: 'opc-2024-12-10#commitment-to-pause',
    lang: 'en',
    level: 'regulator',
    quote:
      'Privacy Commissioner of Canada Philippe Dufresne welcomes a commitment from LinkedIn to voluntarily pause its practice of using the personal information of Canadian members to train its generative artificial intelligence (AI) models',
    gloss: { 'zh-hk': '加拿大私隱專員Philippe Dufresne歡迎領英承諾自願暫停以加拿大會員的個人資料訓練其生成式人工智能模型。' },
  },
  {
    id: 'opc-2024-12-10#media-reports-without-notice',
    lang: 'en',
    level: 'regulator',
    quote:
      'Following numerous media reports indicating that LinkedIn had started training AI models using the data of individual members without having first notified individuals of the practice',
    gloss: { 'zh-hk': '多份傳媒報道指領英在未通知會員的情況下已開始以其資料訓練人工智能模型。' },
  },
  {
    id: 'opc-2024-12-10#temporarily-paused',
    lang: 'en',
    level: 'regulator',
    quote:
      'LinkedIn subsequently informed the OPC that it has temporarily paused the practice while it works to resolve the OPC’s questions.',
    gloss: { 'zh-hk': '領英其後通知加拿大私隱專員辦公室，已在處理其疑問期間暫時停止有關做法（編按：原文沒有說明由何時開始）。' },
  },
  // lu-cnpd
  {
    id: 'lu-cnpd#default-training-from-3-november',
    lang: 'de',
    level: 'regulator',
    quote:
      'Ab dem 3. November 2025 wird das soziale Netzwerk LinkedIn standardmäßig sein System der künstlichen Intelligenz (KI) mit den personenbezogenen Daten und den von den Nutzern erstellten Inhalten (ausgenommen private Nachrichten) trainieren, wie in der Datenschutzrichtlinie angekündigt.',
    gloss: {
      'zh-hk': '由2025年11月3日起，領英會預設以用戶的個人資料及其建立的內容（私人訊息除外）訓練其人工智能系統。',
      en: 'From 3 November 2025 LinkedIn will by default train its AI on users’ personal data and the content they create (private messages excepted), as announced in its privacy policy.',
    },
  },
  {
    id: 'lu-cnpd#opt-out-via-settings',
    lang: 'de',
    level: 'regulator',
    quote:
      'Dieses Recht kann einfach ausgeübt werden, indem die Datenschutzeinstellungen im Benutzerkonto angepasst werden – über diesen Link.',
    gloss: {
      'zh-hk': '只要在帳戶的私隱設定中作出調整（經此連結），便可輕易行使這項權利。',
      en: 'This right can be exercised simply by changing the privacy settings in the account, through this link.',
    },
  },
  {
    id: 'lu-cnpd#by-3-november',
    lang: 'de',
    level: 'regulator',
    quote:
      'Obwohl dieses Widerspruchsrecht jederzeit ausgeübt werden kann, empfiehlt die CNPD, dies bis spätestens zum 3. November 2025 zu tun.',
    gloss: {
      'zh-hk': '反對權可隨時行使，但盧森堡國家資料保障委員會建議最遲於2025年11月3日行使。',
      en: 'Although the right to object can be exercised at any time, the CNPD recommends doing so by 3 November 2025 at the latest.',
    },
  },
  {
    id: 'lu-cnpd#irish-dpc-one-stop-shop',
    lang: 'de',
    level: 'regulator',
    quote:
      'Abschließend erinnert die CNPD daran, dass gemäß dem im Rahmen der DSGVO eingeführten One-Stop-Shop-Mechanismus die irische Datenschutzbehörde (Data Protection Commission) für die Überwachung der von LinkedIn durchgeführten Verarbeitung personenbezogener Daten zuständig ist.',
    gloss: {
      en: 'The CNPD recalls that, under the GDPR’s one-stop-shop mechanism, Ireland’s Data Protection Commission is responsible for supervising LinkedIn’s processing of personal data.',
      'zh-hk': '盧森堡國家資料保障委員會指出，根據《通用數據保障條例》的一站式機制，由愛爾蘭資料保障委員會負責監管領英處理個人資料的情況。',
    },
  },
  // helpnetsecurity-2025-09-18
  {
    id: 'helpnetsecurity-2025-09-18#default-from-3-november',
    lang: 'en',
    level: 'press',
    quote:
      'LinkedIn is making major changes to its User Agreement and Privacy Policy, effective November 3, 2025. Among the most notable updates, the company will now use member data by default to improve its generative AI models, unless users manually opt out.',
    gloss: {
      'zh-hk': '領英的用戶協議及私隱政策於2025年11月3日起有重大修改，除非用戶自行選擇退出，否則會預設以會員資料改進其生成式人工智能模型。',
    },
  },
  {
    id: 'helpnetsecurity-2025-09-18#opt-out-path',
    lang: 'en',
    level: 'press',
    quote:
      'To opt out: Go to Settings > Data Privacy and turn off the feature that allows LinkedIn to use your data for AI model improvement.',
    gloss: { 'zh-hk': '選擇退出的方法：前往Settings（設定）中的Data Privacy（資料私隱），關閉容許領英以你的資料改進人工智能模型的功能。' },
  },
  {
    id: 'helpnetsecurity-2025-09-18#affiliates-include-microsoft',
    lang: 'en',
    level: 'press',
    quote:
      'LinkedIn clarified how it uses and shares data with its Affiliates, a term that covers LinkedIn Ireland, LinkedIn Corp., its parent company Microsoft, an its subsidiaries.',
    gloss: { 'zh-hk': '領英說明其如何與聯屬公司（包括母公司微軟及其附屬公司）使用及分享資料。' },
  },
  {
    id: 'helpnetsecurity-2025-09-18#microsoft-ads-some-regions',
    lang: 'en',
    level: 'press',
    quote:
      'For some regions, LinkedIn will expand the types of data shared with Microsoft for advertising services. A new opt-out option will be available to users in those regions.',
    gloss: { 'zh-hk': '在部分地區，領英會擴大與微軟分享作廣告用途的資料類型，並為這些地區的用戶提供新的選擇退出選項。' },
  },
  {
    id: 'helpnetsecurity-2025-09-18#european-notice-legal-basis',
    lang: 'en',
    level: 'press',
    quote:
      'EU, EEA, Switzerland, and UK members: The European Regional Privacy Notice explains LinkedIn’s legal basis for processing data to train AI models.',
    gloss: { 'zh-hk': '歐盟、歐洲經濟區、瑞士及英國會員：《歐洲地區私隱通知》解釋領英以資料訓練人工智能模型的法律依據。' },
  },
  // techradar-2024-09
  {
    id: 'techradar-2024-09#noticed-new-setting',
    lang: 'en',
    level: 'press',
    quote:
      'According to recent reports by 404 Media, some LinkedIn users have noticed a new setting revealing that the social networking platform is using their data to train generative AI models without prior agreeance.',
    gloss: { 'zh-hk': '據404 Media報道，有用戶發現一個新設定，顯示領英在未經同意下以其資料訓練生成式人工智能模型。' },
  },
  {
    id: 'techradar-2024-09#appears-on-by-default',
    lang: 'en',
    level: 'press',
    quote:
      'while users can disable the feature under the ‘Data for Generative AI Improvement’ tab in their account settings, it appears to be on by default.',
    gloss: { 'zh-hk': '用戶可在帳戶設定的Data for Generative AI Improvement關閉此功能，但它似乎預設為開啟。' },
  },
  {
    id: 'techradar-2024-09#terms-not-updated',
    lang: 'en',
    level: 'press',
    quote: 'Despite enabling user data processing, LinkedIn’s terms of service had not been updated to reflect the change.',
    gloss: { 'zh-hk': '領英已開始處理用戶資料，但服務條款當時尚未更新。' },
  },
  {
    id: 'techradar-2024-09#eu-eea-switzerland-exempt',
    lang: 'en',
    level: 'press',
    quote: 'Citizens of the EU, EEA and Switzerland are also exempt from this data use due to stricter regulations and privacy rules.',
    gloss: { 'zh-hk': '由於規管較嚴，歐盟、歐洲經濟區及瑞士的用戶不受此影響。' },
  },
  // irishlegal-2025-11-07
  {
    id: 'irishlegal-2025-11-07#revised-plans',
    lang: 'en',
    level: 'press',
    quote: 'LinkedIn has revised its AI roll-out plans following engagement from Ireland’s Data Protection Commission (DPC).',
    gloss: { 'zh-hk': '領英在愛爾蘭資料保障委員會介入後修改了其人工智能推出計劃。' },
  },
  {
    id: 'irishlegal-2025-11-07#less-data-shorter-period',
    lang: 'en',
    level: 'press',
    quote:
      'LinkedIn has now made a number of commitments, including a reduction in the scope of the personal data it will use to train its models, both in terms of the personal data to be used and the time period from which it proposed to draw the data.',
    gloss: { 'zh-hk': '領英作出多項承諾，包括縮減用於訓練模型的個人資料範圍，以及縮短擬抽取資料的時間範圍。' },
  },
  {
    id: 'irishlegal-2025-11-07#under-18-measures',
    lang: 'en',
    level: 'press',
    quote:
      'The platform will also introduce improved measures to prevent the personal data of LinkedIn users under the age of 18 from being used to train the models.',
    gloss: { 'zh-hk': '平台亦會加強措施，防止18歲以下用戶的個人資料被用作訓練模型。' },
  },
  {
    id: 'irishlegal-2025-11-07#filters-sensitive-content',
    lang: 'en',
    level: 'press',
    quote:
      'It will implement filters to avoid the collection of potentially sensitive information shared on certain LinkedIn pages and groups, including trade union-related content.',
    gloss: { 'zh-hk': '領英會設立過濾機制，避免收集部分專頁及群組中可能屬敏感的資料，包括與工會有關的內容。' },
  },
  {
    id: 'irishlegal-2025-11-07#report-within-five-months',
    lang: 'en',
    level: 'press',
    quote:
      'The DPC is also requiring LinkedIn to compile a report within five months of the commencement of processing which, amongst other things, will include an updated evaluation of the efficacy and appropriateness of the measures and safeguards it has introduced regarding the processing taking place.',
    gloss: { 'zh-hk': '委員會要求領英在開始處理後五個月內提交報告，當中須包括就其所採取措施及保障的成效和是否恰當作出最新評估。' },
  },
  // technewsday-2024-12-15
  {
    id: 'technewsday-2024-12-15#neurips-appearance',
    lang: 'en',
    level: 'press',
    quote:
      'made a rare public appearance at the NeurIPS conference in Vancouver, where he declared that AI development is on the cusp of a significant shift.',
    gloss: { 'zh-hk': 'Ilya Sutskever罕有地在溫哥華NeurIPS會議公開亮相，表示人工智能發展即將出現重大轉變。' },
  },
  {
    id: 'technewsday-2024-12-15#peak-data',
    lang: 'en',
    level: 'press',
    quote:
      '“Pre-training as we know it will unquestionably end,” Sutskever said, emphasizing that the industry has reached “peak data” and can no longer rely on the vast, unlabeled internet content that has fueled AI models thus far.',
    gloss: { 'zh-hk': '他表示「我們所知的預訓練無疑將會終結」，業界已到「數據見頂」，不能再依賴至今推動人工智能模型的大量互聯網內容。' },
  },
  {
    id: 'technewsday-2024-12-15#fossil-fuel',
    lang: 'en',
    level: 'quoted',
    speaker: { en: 'Ilya Sutskever, speaking at NeurIPS', 'zh-hk': 'Ilya Sutskever在NeurIPS會議上的發言' },
    quote:
      'Sutskever likened data to “the fossil fuel of AI,” noting that, while compute power and algorithms continue to advance, the finite amount of human-generated content on the internet necessitates a change in approach.',
    gloss: { 'zh-hk': '他把數據比作「人工智能的化石燃料」，指互聯網上人類創作的內容有限，必須改變做法。' },
  },
  // windowsreport-2025-09-24
  {
    id: 'windowsreport-2025-09-24#email-seen-by-neowin',
    lang: 'en',
    level: 'press',
    quote: 'According to an email seen by folks at Neowin, this data includes profile information and public posts.',
    gloss: { 'zh-hk': '據Neowin看過的一封電郵，這些資料包括個人檔案資料及公開帖文。' },
  },
  {
    id: 'windowsreport-2025-09-24#private-messages-not-accessed',
    lang: 'en',
    level: 'press',
    quote: 'Fortunately, private messages will not be accessed for AI training.',
    gloss: { 'zh-hk': '私人訊息不會用於訓練人工智能。' },
  },
  // pcpd-complaints
  {
    id: 'pcpd-complaints#lodge-a-complaint',
    lang: 'en',
    level: 'regulator',
    quote:
      'Should you find your privacy rights relating to personal data are being abused or any possible breach of the Ordinance on the part of a particular data user on the handling of your personal data, you may consider lodging a complaint with the PCPD with supporting evidences.',
    gloss: { 'zh-hk': '如你認為某資料使用者處理你個人資料的方式侵犯你的私隱權利或可能違反《私隱條例》，可附上證據向私隱專員公署投訴。' },
  },
  // edpb-who-we-are
  {
    id: 'edpb-who-we-are#national-authorities',
    lang: 'en',
    level: 'regulator',
    quote:
      'The EDPB is composed of the heads of the national data protection authorities (Supervisory Authorities) of the countries in the European Economic Area, as well as the European Data Protection Supervisor (EDPS).',
    gloss: {
      'zh-hk':
        '歐洲資料保障委員會（European Data Protection Board）由歐洲經濟區各國資料保障機構的首長，以及歐洲資料保障監督專員（European Data Protection Supervisor）組成。',
    },
  },
  // lawsociety-gazette-2025-11
  {
    id: 'lawsociety-gazette-2025-11#not-approved',
    lang: 'en',
    level: 'press',
    quote:
      'The watchdog stressed that it had not approved, nor found compliant, LinkedIn’s use of users’ personal data for GenAI training.',
    gloss: { 'zh-hk': '監管機構強調，其並未批准領英以用戶個人資料訓練生成式人工智能，亦未認定其做法合規。' },
  },
  // techradar-2025-10
  {
    id: 'techradar-2025-10#legitimate-interest-regions',
    lang: 'en',
    level: 'quoted',
    speaker: { en: 'LinkedIn’s help page on the 2025 update', 'zh-hk': '領英有關2025年更新的說明頁' },
    quote:
      '“For members in the EU, EEA, Switzerland, Canada, and Hong Kong, on November 3, 2025, we’ll start to use some data from members in these regions to train content-generating AI models... We rely on legitimate interest to process your data for this purpose.',
    gloss: {
      'zh-hk':
        '「對於歐盟、歐洲經濟區、瑞士、加拿大及香港的會員，我們會在2025年11月3日開始使用這些地區會員的部分資料，訓練生成內容的人工智能模型……我們以正當權益作為處理你的資料作此用途的依據。」',
    },
  },
  // theregister-2025-10-27
  {
    id: 'theregister-2025-10-27#members-in-regions',
    lang: 'en',
    level: 'quoted',
    speaker: { en: 'LinkedIn’s notice of its updated terms', 'zh-hk': '領英有關條款更新的通知' },
    quote:
      'LinkedIn announced changes to its data use terms several weeks ago, noting that as of November 3 it would start sucking up data from "members in the EU, EEA, Switzerland, Canada, and Hong Kong" to train AI models.',
    gloss: {
      'zh-hk':
        '領英數星期前宣布修改資料使用條款，指由11月3日起會開始使用「歐盟、歐洲經濟區、瑞士、加拿大及香港的會員」的資料訓練人工智能模型。',
    },
  },
  {
    id: 'theregister-2025-10-27#private-messages-not-included',
    lang: 'en',
    level: 'press',
    quote: "LinkedIn did take pains to spell out in multiple places that private messages aren't included in the data it'll be extracting",
    gloss: { 'zh-hk': '領英在多處清楚說明，私人訊息不包括在其會抽取的資料之內。' },
  },
  // pcmag-2025
  {
    id: 'pcmag-2025#not-private-messages',
    lang: 'en',
    level: 'quoted',
    speaker: { en: 'LinkedIn', 'zh-hk': '領英' },
    quote:
      '"This includes data like details from your profile, and public content you post on LinkedIn; it does not include your private messages."',
    gloss: { 'zh-hk': '「這包括你的個人檔案資料及你在領英發布的公開內容等資料；但不包括你的私人訊息。」' },
  },
  {
    id: 'pcmag-2025#other-exclusions',
    lang: 'en',
    level: 'press',
    quote:
      'It will also not scrape login credentials, payment methods and credit cards, or member-provided salary data or job application data attributable to a specific member.',
    gloss: { 'zh-hk': '領英亦不會抽取登入資料、付款方式及信用卡，或可追溯至個別會員的薪酬資料或求職申請資料。' },
  },
  {
    id: 'pcmag-2025#categories-used',
    lang: 'en',
    level: 'press',
    quote: 'It does, however, use the following categories of data to train its gen AI models:',
    gloss: { 'zh-hk': '不過，領英會使用以下類別的資料訓練其生成式人工智能模型：' },
  },
  {
    id: 'pcmag-2025#profile-data',
    lang: 'en',
    level: 'press',
    quote:
      'Profile Data: Name, photo, current position, prior work experience, education, location, skills, certifications, licenses, volunteering experiences, publications, patents, endorsements, and recommendations.',
    gloss: {
      'zh-hk': '個人檔案資料：姓名、相片、現職、過往工作經驗、學歷、所在地、技能、證書、執照、義務工作經驗、著作、專利、技能認可及推薦。',
    },
  },
  {
    id: 'pcmag-2025#gen-ai-usage-data',
    lang: 'en',
    level: 'press',
    quote: 'Generative AI Usage Data: Content that you enter into gen AI features.',
    gloss: { 'zh-hk': '生成式人工智能使用資料：你在生成式人工智能功能中輸入的內容。' },
  },
  {
    id: 'pcmag-2025#jobs-data',
    lang: 'en',
    level: 'press',
    quote:
      'Jobs-related Data: Generic responses to screening questions and resumes that members add to their LinkedIn account for ongoing and future use.',
    gloss: { 'zh-hk': '與工作相關的資料：會員加入其領英帳戶以供日後使用的篩選問題一般答案及履歷。' },
  },
  {
    id: 'pcmag-2025#groups-data',
    lang: 'en',
    level: 'press',
    quote: 'Groups Data: Group activity and group messages',
    gloss: { 'zh-hk': '群組資料：群組活動及群組訊息。' },
  },
  {
    id: 'pcmag-2025#member-content',
    lang: 'en',
    level: 'press',
    quote: 'Member Content: Posts, articles, poll responses, contributions and comments (all formats)',
    gloss: { 'zh-hk': '會員內容：帖文、文章、投票回應、貢獻及留言（所有格式）。' },
  },
  // techradar-2025-09-22
  {
    id: 'techradar-2025-09-22#objection-form-other-models',
    lang: 'en',
    level: 'quoted',
    speaker: { en: 'LinkedIn’s support page', 'zh-hk': '領英的支援頁面' },
    quote:
      '“If you wish to object to our processing of your data or content for training generative AI models that do not generate content or for training other AI or machine learning models, you can submit an objection through LinkedIn Data Processing Objection form,” LinkedIn noted in a support page.',
    gloss: {
      'zh-hk':
        '領英在支援頁面指出，如你反對領英以你的資料或內容訓練不生成內容的生成式人工智能模型，或訓練其他人工智能或機器學習模型，可透過Data Processing Objection表格提出反對。',
    },
  },
  // gadgets360-2025-09
  {
    id: 'gadgets360-2025-09#honour-existing-choices',
    lang: 'en',
    level: 'press',
    quote: 'LinkedIn said it will honour all users’ existing setting choices and will not remove them',
    gloss: { 'zh-hk': '領英表示會尊重所有用戶現有的設定選擇，不會把它們移除。' },
  },
  // gulfnews-2025-09
  {
    id: 'gulfnews-2025-09#ads-not-eu-uk-switzerland',
    lang: 'en',
    level: 'press',
    quote:
      'This policy will apply in the US and most global regions, but not in the EU, UK, or Switzerland, where stricter privacy laws apply.',
    gloss: { 'zh-hk': '這項政策適用於美國及全球大部分地區，但不適用於私隱法例較嚴格的歐盟、英國及瑞士。' },
  },
  // theleftshift-2025
  {
    id: 'theleftshift-2025#feedback-may-still-be-used',
    lang: 'en',
    level: 'press',
    quote:
      'Feedback submitted by users — such as thumbs-up or thumbs-down on AI outputs — may still be used to refine content-generation models.',
    gloss: { 'zh-hk': '用戶提交的意見（例如對人工智能生成內容給予讚好或不讚好）仍可能用於改良生成內容的模型。' },
  },
  {
    id: 'theleftshift-2025#under-18',
    lang: 'en',
    level: 'quoted',
    speaker: { en: 'LinkedIn', 'zh-hk': '領英' },
    quote:
      '"If we have reason to believe that you could be under 18 - for example, if you are currently in secondary school or its local equivalent (e.g., gymnasium or high school) - your data will not be used to train content generating AI models, even if your setting appears turned on," it said.',
    gloss: {
      'zh-hk':
        '「如我們有理由相信你可能未滿18歲（例如你正就讀中學或同等學校），即使你的設定看似開啟，你的資料也不會用於訓練生成內容的人工智能模型。」',
    },
  },
  // btcc-square-2025-10
  {
    id: 'btcc-square-2025-10#consciously-consent',
    lang: 'en',
    level: 'unconfirmed',
    quote:
      'Privacy Commissioner ADA Chung Lai-ling stressed, “Users must understand how their data will be used and consciously consent—or decline.”',
    gloss: { 'zh-hk': '私隱專員鍾麗玲強調：「用戶必須了解其資料會如何被使用，並有意識地同意或拒絕。」' },
  },
  {
    id: 'btcc-square-2025-10#setting-names',
    lang: 'en',
    level: 'unconfirmed',
    quote: 'Select “Generative AI Data Enhancement”',
    gloss: { 'zh-hk': '選擇名為Generative AI Data Enhancement的選項' },
  },
  {
    id: 'btcc-square-2025-10#switch-name',
    lang: 'en',
    level: 'unconfirmed',
    quote: 'Toggle off “Use my data for AI content creation models”',
    gloss: { 'zh-hk': '關閉名為Use my data for AI content creation models的開關' },
  },
  // hk01-2025-08-15
  {
    id: 'hk01-2025-08-15#reappointed-five-years',
    lang: 'zh-hk',
    level: 'press',
    quote:
      '特區政府今日（8月15日）宣布，行政長官已根據《個人資料（私隱）條例》（香港法例第486章），再度委任鍾麗玲為個人資料私隱專員，任期五年，由9月4日起生效。',
    gloss: {
      en: 'The government announced on 15 August that the Chief Executive had reappointed Ada Chung Lai-ling as Privacy Commissioner for Personal Data for five years from 4 September.',
    },
  },
  // hk-pcpd-reminder-report-2025-10
  {
    id: 'hk-pcpd-reminder-report-2025-10#linkedin-has-confirmed',
    lang: 'en',
    level: 'unconfirmed',
    quote:
      'The Office of the Privacy Commissioner for Personal Data issued a reminder that LinkedIn has confirmed it would begin using personal data to train its generative AI models starting on November 3.',
    gloss: { 'zh-hk': '個人資料私隱專員公署發出提醒，指領英已確認由11月3日起開始使用個人資料訓練其生成式人工智能模型。' },
  },
  {
    id: 'hk-pcpd-reminder-report-2025-10#decide-whether-to-consent',
    lang: 'en',
    level: 'unconfirmed',
    quote:
      '“Privacy Commissioner for Personal Data Ada Chung Lai-ling reminds LinkedIn users to pay attention to the changes in LinkedIn’s privacy policy and to understand its relevant contents, in particular those relating to the use of users’ personal data for training generative AI models, in order to decide whether to consent to such use,” the statement read.',
    gloss: {
      'zh-hk':
        '報道引述聲明：私隱專員鍾麗玲提醒領英用戶留意其私隱政策的改動，了解當中有關以用戶個人資料訓練生成式人工智能模型的內容，從而決定是否同意。',
    },
  },
  {
    id: 'hk-pcpd-reminder-report-2025-10#engaged-october-to-april',
    lang: 'en',
    level: 'unconfirmed',
    quote:
      'The watchdog said it had continued to engage with LinkedIn from October 2024 to April of this year. Since then, LinkedIn has promised that Hong Kong users will continue to have control over how their data is used for AI training and that all data processing will comply with the Personal Data (Privacy) Ordinance.',
    gloss: {
      'zh-hk':
        '報道指公署表示由2024年10月至2025年4月持續與領英溝通；其後領英承諾，香港用戶可繼續控制其資料如何用於訓練人工智能，而所有資料處理均會符合《個人資料（私隱）條例》。',
    },
  },
  // linkedin-help-data-sharing
  {
    id: 'linkedin-help-data-sharing#outside-eu-microsoft-ads',
    lang: 'en',
    level: 'linkedin',
    quote:
      'Outside EU/EEA/Switzerland, LinkedIn shares your information with Microsoft so that Microsoft can provide you with more personalized ads when you use its services, such as Bing.',
    gloss: {
      'zh-hk': '在歐盟、歐洲經濟區及瑞士以外，領英會與微軟分享你的資料，讓微軟在你使用其服務（例如Bing）時向你提供更個人化的廣告。',
    },
  },
  {
    id: 'linkedin-help-data-sharing#data-sharing-setting',
    lang: 'en',
    level: 'linkedin',
    quote:
      'Members can opt out using the Data sharing setting (guests can opt out here, by clicking on “Opt-out of Targeted Advertising”).',
    gloss: {
      'zh-hk':
        '會員可透過Data sharing（資料分享）設定選擇退出；訪客則可在該頁按Opt-out of Targeted Advertising（選擇不接收目標廣告）選擇退出。',
    },
  },
  // bdsg-40
  {
    id: 'bdsg-40#state-authorities-supervise-companies',
    lang: 'de',
    level: 'law',
    quote:
      '(1) Die nach Landesrecht zuständigen Behörden überwachen im Anwendungsbereich der Verordnung (EU) 2016/679 bei den nichtöffentlichen Stellen die Anwendung der Vorschriften über den Datenschutz.',
    gloss: {
      en: 'The authorities competent under state law monitor how non-public bodies apply data protection law, within the scope of the GDPR.',
      'zh-hk': '在《通用數據保障條例》的適用範圍內，由各州法律指定的機構監察非公營機構如何執行資料保障規定。',
    },
  },
  // bfdi-zustaendigkeit
  {
    id: 'bfdi-zustaendigkeit#states-for-companies',
    lang: 'de',
    level: 'regulator',
    quote:
      'Für den größten Teil der Unternehmen der Privatwirtschaft sowie für Vereine, Verbände oder Freiberufler ist dagegen nicht der BfDI zuständig, sondern die Aufsichtsbehörden in den Ländern.',
    gloss: {
      en: 'For most private companies, and for clubs, associations and freelancers, the responsible bodies are the state authorities, not the BfDI.',
      'zh-hk': '大部分私營企業，以及會社、協會及自由職業者，均由各州的監管機構負責，而非聯邦資料保障及資訊自由專員。',
    },
  },
  // berlin-beschwerderecht
  {
    id: 'berlin-beschwerderecht#eu-companies-with-colleagues',
    lang: 'de',
    level: 'regulator',
    quote:
      'Möchten Sie sich gegen Unternehmen aus dem EU-Ausland beschweren, bearbeiten wir Ihre Eingabe in Zusammenarbeit mit unseren Kolleg:innen aus den entsprechenden EU-Mitgliedstaaten.',
    gloss: {
      en: 'If you want to complain about a company based in another EU country, we handle your complaint together with our colleagues in that member state.',
      'zh-hk': '如你想投訴設於其他歐盟國家的企業，我們會與該成員國的同事合作處理你的投訴。',
    },
  },
  // lfd-niedersachsen-2025-10-23
  {
    id: 'lfd-niedersachsen-2025-10-23#advice-with-other-authorities',
    lang: 'de',
    level: 'regulator',
    quote:
      'Gemeinsam mit anderen Datenschutzaufsichtsbehörden in Deutschland rät der Landesbeauftragte für den Datenschutz Niedersachsen LinkedIn-Mitgliedern, genau zu überlegen, ob sie von ihrer Widerspruchsmöglichkeit Gebrauch machen.',
    gloss: {
      en: 'Together with other German data protection authorities, Lower Saxony’s commissioner advises LinkedIn members to think carefully about whether to use their option to object.',
      'zh-hk': '下薩克森州資料保障專員聯同德國其他資料保障機構，建議領英會員仔細考慮是否行使反對的權利。',
    },
  },
  {
    id: 'lfd-niedersachsen-2025-10-23#may-not-be-removable',
    lang: 'de',
    level: 'regulator',
    quote:
      'Denn wenn die persönlichen Informationen erstmal verarbeitet wurden, lassen sie sich womöglich nicht mehr vollständig aus den KI-Systemen entfernen.',
    gloss: {
      en: 'Once personal information has been processed, it may no longer be possible to remove it completely from the AI systems.',
      'zh-hk': '個人資料一經處理，或許便無法再從人工智能系統中完全刪除。',
    },
  },
  // hbdi-linkedin-2025
  {
    id: 'hbdi-linkedin-2025#website-steps',
    lang: 'de',
    level: 'regulator',
    quote:
      'Klicken Sie auf Ihr Profilbild und dann auf den Reiter "Einstellungen & Datenschutz". 3. Datenschutz wählen: Wählen Sie im Menü den Reiter "Datenschutz" aus. 4. Generative KI-Verbesserung finden: Scrollen Sie zum Abschnitt "So verwendet LinkedIn Ihre Daten" und wählen Sie "Daten zur Verbesserung generativer KI" aus.',
    gloss: {
      en: 'Click your profile photo, then the “Settings & Privacy” tab. 3. Choose data privacy: in the menu, choose the “Data privacy” tab. 4. Find generative AI improvement: scroll to the section “How LinkedIn uses your data” and choose “Data for Generative AI Improvement”.',
      'zh-hk':
        '按一下你的頭像，再按Settings & Privacy（設定及私隱）分頁。第3步是選擇資料私隱：在選單中選擇Data privacy（資料私隱）分頁。第4步是找出生成式人工智能改進：向下捲動至How LinkedIn uses your data（領英如何使用你的資料）一節，然後選擇Data for Generative AI Improvement（用於改進生成式人工智能的資料）。',
    },
  },
  // hmbbfdi-linkedin-2025
  {
    id: 'hmbbfdi-linkedin-2025#later-objection-future-only',
    lang: 'de',
    level: 'regulator',
    quote:
      'Auch zu einem späteren Zeitpunkt ist der Widerspruch noch möglich, dieser gilt jedoch dann nur für zukünftige Datenverwendungen, da sich Daten, die bis dahin in das KI-Training eingeflossen sind, nicht mehr aus dem System extrahieren lassen.',
    gloss: {
      en: 'You can still object later, but then only future use is covered, as data already used in AI training can no longer be extracted from the system.',
      'zh-hk': '較後才提出反對亦可以，但只適用於日後的使用，因為已用於人工智能訓練的資料無法再從系統中抽出。',
    },
  },
  // nltimes-2025-09-24
  {
    id: 'nltimes-2025-09-24#data-back-to-2003',
    lang: 'en',
    level: 'quoted',
    speaker: {
      en: 'Monique Verdier, vice-chair of the Dutch Data Protection Authority (in NL Times’ translation)',
      'zh-hk': '荷蘭個人資料保障局副主席Monique Verdier（NL Times的英譯）',
    },
    quote:
      '"LinkedIn wants to use data dating back to 2003, even though people shared that information at the time without foreseeing that it could be used for AI training,"',
    gloss: { 'zh-hk': '「領英想使用早至2003年的資料，但人們當年分享這些資料時，並沒有預料到會被用來訓練人工智能。」' },
  },
  {
    id: 'nltimes-2025-09-24#adjust-before-3-november',
    lang: 'en',
    level: 'quoted',
    speaker: {
      en: 'Monique Verdier, vice-chair of the Dutch Data Protection Authority (in NL Times’ translation)',
      'zh-hk': '荷蘭個人資料保障局副主席Monique Verdier（NL Times的英譯）',
    },
    quote:
      '"Therefore, we urge everyone to adjust their settings before November 3rd if you do not want data to be used for AI training," Verdier stated.',
    gloss: { 'zh-hk': '「因此，我們呼籲所有不想資料被用於人工智能訓練的人，在11月3日前更改設定。」' },
  },
]);
