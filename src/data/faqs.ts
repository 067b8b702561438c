import { faqSchema, type Faq } from './schema.ts';

/**
 * Questions readers ask, in the order the FAQ page shows them. Ids are public anchors (/faq/#can-i-undo-it):
 * never rename one. `[label](/path/)` links inside the guide; full URLs link out.
 */
export const faqs: readonly Faq[] = faqSchema.array().parse([
  {
    id: 'when-did-it-start',
    question: { en: 'When did LinkedIn start training AI on my data?', 'zh-hk': '領英何時開始用我的資料訓練人工智能？' },
    answer: {
      en: [
        'If you are in the EU, the EEA, Switzerland or the UK: from 3 November 2025, unless you had switched the setting off, as LinkedIn’s privacy notice for those countries says. If you are in Canada or Hong Kong: also from 3 November 2025, according to press reports of LinkedIn’s email to members.',
        'Everywhere else, including the United States: since September 2024 at the latest. LinkedIn disclosed on 18 September 2024 that it trains on members’ data by default; members had noticed the setting, already on, before then. In Hong Kong and Canada, LinkedIn paused after the regulators stepped in; going by the press reports above, training there resumed on 3 November 2025. For the UK, the regulator said on 20 September 2024 that LinkedIn had suspended training there. See the [full timeline](/timeline/).',
      ],
      'zh-hk': [
        '如果你身處歐盟、歐洲經濟區、瑞士或英國：由2025年11月3日起，除非你已關閉設定；領英適用於這些地方的私隱通知有此說明。如果你身處加拿大或香港：據傳媒引述領英給會員的電郵，同樣由2025年11月3日起。',
        '其他地方（包括美國）：最遲自2024年9月起。領英於2024年9月18日披露會預設以會員資料進行訓練；在此之前，已有會員發現這個早已開啟的設定。在香港和加拿大，領英在監管機構介入後暫停；按上述報道，當地的訓練於2025年11月3日恢復。英國方面，當地監管機構於2024年9月20日表示，領英已暫停在英國的訓練。詳見[完整時間線](/timeline/)。',
      ],
    },
    sources: [
      'linkedin-eu-notice#banner-legitimate-interests',
      'linkedin-eu-notice#banner-opt-out',
      'windowsreport-2025-09-24#eu-eea-switzerland-canada-hong-kong',
      'windowsreport-2025-09-24#email-seen-by-neowin',
      'hkfp-2024-10-15#without-notifying-writing-suggestions',
      'scmp-2024-10-15#blog-post-18-september',
      'scmp-2024-10-15#manual-opt-out',
      'techradar-2024-09#noticed-new-setting',
      'techradar-2024-09#appears-on-by-default',
      'pcpd-2024-10-15#paused-from-11-october',
      'opc-2024-12-10#temporarily-paused',
      'ico-2024-09-20#suspended-pending-engagement',
    ],
  },
  {
    id: 'who-is-affected',
    question: { en: 'Who is affected?', 'zh-hk': '誰會受影響？' },
    answer: {
      en: [
        'Every LinkedIn member whose setting is on, and it is on unless you switched it off. Members in the 27 EU countries, Iceland, Liechtenstein, Norway, Switzerland and the UK were added on 3 November 2025, according to LinkedIn’s privacy notice for those countries; members in Canada and Hong Kong were added the same day, according to press reports of LinkedIn’s email to members. Members elsewhere were already included.',
        'The [region checker](/regions/) tells you what applies where you are.',
      ],
      'zh-hk': [
        '所有設定仍然開啟的領英會員，而除非你自行關閉，設定都是開啟的。根據領英適用於歐洲及英國的私隱通知，27個歐盟國家、冰島、列支敦士登、挪威、瑞士及英國的會員於2025年11月3日加入；據傳媒引述領英給會員的電郵，加拿大及香港的會員亦於同日加入。其他地方的會員早已包括在內。',
        '[地區查詢](/regions/)會告訴你所在地的情況。',
      ],
    },
    sources: [
      'linkedin-help-gai#on-by-default',
      'linkedin-privacy-policy#designated-countries-and-eu-notice',
      'linkedin-eu-notice#applies-to-designated-countries-and-uk',
      'linkedin-eu-notice#banner-legitimate-interests',
      'windowsreport-2025-09-24#eu-eea-switzerland-canada-hong-kong',
      'windowsreport-2025-09-24#email-seen-by-neowin',
      'hkfp-2024-10-15#without-notifying-writing-suggestions',
    ],
  },
  {
    id: 'how-do-i-opt-out',
    question: { en: 'How do I stop it?', 'zh-hk': '怎樣停止？' },
    answer: {
      en: [
        'Open the setting {linkedin:aiSetting} and switch “{linkedin:aiToggle}” to {linkedin:off}. The direct link is [{linkedin:aiSettingUrlText}]({linkedin:aiSettingUrl}). Every member can do this.',
        'Step-by-step instructions for the website, iPhone and Android are on the [opt-out page](/opt-out/).',
      ],
      'zh-hk': [
        '開啟「{linkedin:aiSetting}」設定，把「{linkedin:aiToggle}」開關調至「{linkedin:off}」。直接連結是 [{linkedin:aiSettingUrlText}]({linkedin:aiSettingUrl})。每位會員都可以這樣做。',
        '網頁版、iPhone 及 Android 的逐步說明見[退出頁](/opt-out/)。',
      ],
    },
    sources: ['linkedin-help-gai#member-setting-controls-training', 'thestandard-users-alert#switch-label', 'linkedin-setting'],
  },
  {
    id: 'what-data',
    question: { en: 'What data does LinkedIn use?', 'zh-hk': '領英會使用哪些資料？' },
    answer: {
      en: [
        'LinkedIn’s privacy notice for the EU, the EEA, Switzerland and the UK lists your profile (such as your name, photo, positions, education, location, skills, summary, certifications, endorsements and recommendations), your posts, articles, comments and poll answers, your group activity and group messages, résumés and answers to screening questions you saved, and what you type into LinkedIn’s AI features.',
        'For Canada and Hong Kong, press reports of LinkedIn’s email to members say the data includes profile information and public posts.',
      ],
      'zh-hk': [
        '領英適用於歐盟、歐洲經濟區、瑞士及英國的私隱通知列出：你的個人檔案（例如姓名、相片、職位、學歷、所在地、技能、簡介、證書、技能認可及推薦）、你的帖文、文章、留言及投票回應、你的群組活動及群組訊息、你儲存的履歷及篩選問題答案，以及你在領英人工智能功能中輸入的內容。',
        '至於加拿大及香港，據傳媒引述領英給會員的電郵，有關資料包括個人檔案資料及公開帖文。',
      ],
    },
    sources: [
      'linkedin-eu-notice#data-profile',
      'linkedin-eu-notice#data-member-content',
      'linkedin-eu-notice#data-groups',
      'linkedin-eu-notice#data-screening-resumes',
      'linkedin-eu-notice#data-gai-input',
      'windowsreport-2025-09-24#email-seen-by-neowin',
    ],
  },
  {
    id: 'private-messages',
    question: { en: 'Does LinkedIn use my private messages?', 'zh-hk': '領英會使用我的私人訊息嗎？' },
    answer: {
      en: [
        'No. Private messages are not used, according to Luxembourg’s data protection authority and to press reports of the change.',
        'Messages in groups are a different matter: LinkedIn’s privacy notice for Europe and the UK lists group activity and group messages among the data it uses.',
      ],
      'zh-hk': [
        '不會。根據盧森堡的資料保障機構及傳媒對這次改動的報道，私人訊息不會被使用。',
        '群組訊息則不同：領英適用於歐洲及英國的私隱通知，把群組活動及群組訊息列為會使用的資料。',
      ],
    },
    sources: [
      'lu-cnpd#default-training-from-3-november',
      'windowsreport-2025-09-24#private-messages-not-accessed',
      'linkedin-eu-notice#data-groups',
    ],
  },
  {
    id: 'under-18',
    question: { en: 'What about members under 18?', 'zh-hk': '18歲以下的會員又如何？' },
    answer: {
      en: [
        'In November 2025, after Ireland’s regulator stepped in, LinkedIn committed to improve its measures to keep the personal data of users under 18 out of its training.',
        'We have found no LinkedIn text we could quote on how it tells who is under 18. If a teenager uses LinkedIn, switching the setting off is the sure way.',
      ],
      'zh-hk': [
        '2025年11月，在愛爾蘭監管機構介入後，領英承諾加強措施，防止18歲以下用戶的個人資料被用作訓練。',
        '我們找不到可引用的領英文字，說明它如何判斷誰未滿18歲。如果有青少年使用領英，最穩妥的做法是關閉設定。',
      ],
    },
    sources: ['irishlegal-2025-11-07#revised-plans', 'irishlegal-2025-11-07#under-18-measures'],
  },
  {
    id: 'can-i-undo-it',
    question: { en: 'Can I undo training that already happened?', 'zh-hk': '已完成的訓練可以撤銷嗎？' },
    answer: {
      en: [
        'No. Switching the setting off stops LinkedIn using your data for training from then on. It does not remove your data from models that were already trained.',
        'That is why it is worth switching it off now rather than later.',
      ],
      'zh-hk': ['不可以。關閉設定後，領英由該刻起不再用你的資料作訓練，但不會把你的資料從已訓練好的模型中移除。', '因此，越早關閉越好。'],
    },
    sources: ['linkedin-help-gai#off-stops-use-going-forward', 'linkedin-help-gai#does-not-undo-past-training'],
  },
  {
    id: 'opted-out-in-2024',
    question: { en: 'I switched it off in 2024. Do I need to do it again?', 'zh-hk': '我在2024年已關閉設定，需要再做一次嗎？' },
    answer: {
      en: [
        'LinkedIn describes one setting for this, {linkedin:aiSetting}. We have found no LinkedIn text we could quote on whether a choice made in 2024 still holds, so check: it takes a few seconds. Open the [direct link]({linkedin:aiSettingUrl}) while signed in and make sure the switch shows {linkedin:off}.',
      ],
      'zh-hk': [
        '領英就此只描述了一個設定，即「{linkedin:aiSetting}」。我們找不到可引用的領英文字，說明2024年所作的選擇是否仍然有效，所以請檢查一下，只需數秒：登入後開啟[直接連結]({linkedin:aiSettingUrl})，確認開關顯示「{linkedin:off}」。',
      ],
    },
    sources: ['linkedin-help-gai#member-setting-controls-training', 'linkedin-setting'],
  },
  {
    id: 'hong-kong-vs-elsewhere',
    question: { en: 'Is Hong Kong treated differently from other places?', 'zh-hk': '香港的情況與其他地方不同嗎？' },
    answer: {
      en: [
        'It was, for a while. After the PCPD raised concerns, LinkedIn paused training on Hong Kong members’ data from 11 October 2024. Press reports of LinkedIn’s email to members say that from 3 November 2025 it trains on data from members in Hong Kong, as in the EU, the EEA, Switzerland and Canada. The setting is on unless you switch it off.',
        'Every member can switch it off. The [PCPD’s warning](/pcpd-warning/) explains what Hong Kong’s regulator said.',
      ],
      'zh-hk': [
        '曾經有一段時間不同。私隱專員公署表示關注後，領英自2024年10月11日起暫停以香港會員的資料作訓練。據傳媒引述領英給會員的電郵，自2025年11月3日起，領英會以香港會員的資料進行訓練，與歐盟、歐洲經濟區、瑞士及加拿大看齊。除非你關閉設定，否則設定是開啟的。',
        '每位會員都可以關閉設定。[私隱專員公署的提醒](/pcpd-warning/)解釋了香港監管機構的說法。',
      ],
    },
    sources: [
      'pcpd-2024-10-15#concern-default-opt-in',
      'pcpd-2024-10-15#paused-from-11-october',
      'windowsreport-2025-09-24#eu-eea-switzerland-canada-hong-kong',
      'windowsreport-2025-09-24#email-seen-by-neowin',
      'linkedin-help-gai#on-by-default',
    ],
  },
  {
    id: 'is-it-legal',
    question: { en: 'Is it legal to switch this on by default?', 'zh-hk': '預設開啟這個設定合法嗎？' },
    answer: {
      en: [
        'For the EU, the EEA, Switzerland and the UK, LinkedIn says in its privacy notice for those countries that it relies on its “legitimate interests”. We have found no LinkedIn statement of a legal basis for Canada or Hong Kong.',
        'In Hong Kong, the PCPD questioned whether a default setting accurately reflects users’ choices. Hong Kong’s Data Protection Principle 3 says personal data may not be used for a new purpose without the person’s express and voluntary consent; a new purpose is one other than the purpose the data was collected for or a purpose directly related to it. Ireland’s regulator secured changes to LinkedIn’s plan, and the UK’s says it will continue to monitor it. We have found no statement by any of these regulators approving it.',
      ],
      'zh-hk': [
        '就歐盟、歐洲經濟區、瑞士及英國，領英在適用於這些地方的私隱通知中表示依據其「正當權益」（{en:legitimate interests}）。我們找不到領英就加拿大或香港說明法律依據的聲明。',
        '在香港，私隱專員公署質疑預設設定能否準確反映用戶的選擇。香港的保障資料第3原則規定，除非得到當事人明確及自願的同意，否則個人資料不得用於新目的；新目的是指收集資料時擬使用的目的及與之直接有關的目的以外的任何目的。愛爾蘭監管機構促使領英修改計劃，英國監管機構則表示會繼續監察。我們找不到這些監管機構批准有關做法的聲明。',
      ],
    },
    sources: [
      'linkedin-eu-notice#scope-designated-countries-and-uk',
      'linkedin-eu-notice#banner-legitimate-interests',
      'linkedin-eu-notice#legitimate-interests-basis',
      'thestandard-2024-10-03#default-reflects-choices',
      'thestandard-users-alert#default-may-not-reflect-choices',
      'pdpo-cap486#dpp3-1-new-purpose',
      'pdpo-cap486#prescribed-consent-s2-3',
      'pdpo-cap486#dpp3-4-new-purpose-definition',
      'irishlegal-2025-11-07#revised-plans',
      'ico-2024-09-20#resume-and-monitor',
    ],
  },
  {
    id: 'objection-form',
    question: { en: 'What is the Data Processing Objection form? Do I need it?', 'zh-hk': '「資料處理反對表格」是甚麼？我需要填嗎？' },
    answer: {
      en: [
        'It is LinkedIn’s form for objecting formally to how it processes your data. Most people only need the setting. The form is for those who want their objection on record, for instance members in the EU, EEA, Switzerland or the UK exercising their right to object. It is at [{linkedin:objectionFormUrlText}]({linkedin:objectionFormUrl}).',
      ],
      'zh-hk': [
        '這是領英讓你正式反對其處理你資料的表格。大多數人只需關閉設定。表格適合想把反對記錄在案的人，例如行使反對權的歐盟、歐洲經濟區、瑞士或英國會員。表格在 [{linkedin:objectionFormUrlText}]({linkedin:objectionFormUrl})。',
      ],
    },
    sources: ['linkedin-eu-notice#right-to-object', 'linkedin-eu-notice#objection-form'],
  },
  {
    id: 'microsoft',
    question: { en: 'Does LinkedIn share my data with Microsoft?', 'zh-hk': '領英會與微軟分享我的資料嗎？' },
    answer: {
      en: [
        'Yes, in two ways. From 3 November 2025, in some regions, LinkedIn shares more types of member data with Microsoft, its parent company, for Microsoft’s advertising services. A separate opt-out controls this; the AI setting does not.',
        'The AI setting covers training by LinkedIn and its affiliates. In the UK, LinkedIn may also share some content, such as posts, articles, Company Page data and job postings, with Microsoft to train Microsoft’s own AI, and switching the AI setting off stops that sharing too.',
      ],
      'zh-hk': [
        '會，方式有兩種。自2025年11月3日起，在部分地區，領英會與其母公司微軟分享更多類別的會員資料，供微軟的廣告服務使用。這由另一個退出選項控制，人工智能設定並不涵蓋。',
        '人工智能設定涵蓋領英及其聯屬公司進行的訓練。在英國，領英亦可能把部分內容，例如帖文、文章、公司專頁資料及招聘廣告，交給微軟訓練其自家人工智能；關閉人工智能設定亦會停止這種分享。',
      ],
    },
    sources: [
      'helpnetsecurity-2025-09-18#microsoft-ads-some-regions',
      'helpnetsecurity-2025-09-18#affiliates-include-microsoft',
      'linkedin-privacy-policy#shares-with-microsoft',
      'linkedin-help-gai#content-models-only',
      'linkedin-help-gai#linkedin-and-affiliates',
      'linkedin-privacy-policy#affiliates-include-microsoft',
      'linkedin-eu-notice#uk-microsoft-row-title',
      'linkedin-eu-notice#uk-microsoft-data',
      'linkedin-eu-notice#affiliates-microsoft-ai',
      'linkedin-eu-notice#uk-microsoft-opt-out',
    ],
  },
  {
    id: 'delete-account',
    question: { en: 'Does deleting my account help?', 'zh-hk': '刪除帳戶有用嗎？' },
    answer: {
      en: [
        'You do not need to delete your account to stop the training: switching the setting off does that. Switching off does not undo training that already happened, and we have found no LinkedIn statement that closing an account does either.',
      ],
      'zh-hk': [
        '你不需要刪除帳戶來停止訓練：關閉設定已經可以。關閉設定不會撤銷已完成的訓練，而我們亦找不到領英表示關閉帳戶可以做到的聲明。',
      ],
    },
    sources: ['linkedin-help-gai#off-stops-use-going-forward', 'linkedin-help-gai#does-not-undo-past-training'],
  },
  {
    id: 'companies',
    question: { en: 'I manage a Company Page. What should I do?', 'zh-hk': '我管理公司專頁，應該怎樣做？' },
    answer: {
      en: [
        'It is a member setting: each person switches it off in their own account, so each employee decides for themselves. If you want staff to have the choice, tell them about it.',
        'Company Page content is public. In the UK, LinkedIn’s privacy notice lists Company Page data among the content it may share with Microsoft for Microsoft’s own AI.',
      ],
      'zh-hk': [
        '這是會員設定：每位會員在自己的帳戶中關閉，因此每位員工要自行決定。如果你希望員工知道有此選擇，請告訴他們。',
        '公司專頁的內容是公開的。在英國，領英的私隱通知把公司專頁資料列為可能交給微軟訓練其自家人工智能的內容之一。',
      ],
    },
    sources: [
      'linkedin-help-gai#member-setting-controls-training',
      'linkedin-eu-notice#uk-microsoft-row-title',
      'linkedin-eu-notice#uk-microsoft-purpose',
      'linkedin-eu-notice#uk-microsoft-data',
    ],
  },
  {
    id: 'complain',
    question: { en: 'How do I complain to a regulator?', 'zh-hk': '怎樣向監管機構投訴？' },
    answer: {
      en: [
        'Start with LinkedIn: its privacy policy asks you to contact it first with questions or complaints, and its privacy notice for Europe and the UK says you can go to your regulator if you feel LinkedIn has not dealt with your concern. Then go to the data protection authority where you live: the PCPD in Hong Kong, which takes complaints about how an organisation handles your personal data, the ICO in the UK, the Office of the Privacy Commissioner in Canada, the FDPIC in Switzerland, or your national authority in the EU and EEA, where every country has one. Each [region page](/regions/) names the right one and links to it.',
      ],
      'zh-hk': [
        '先向領英反映：其私隱政策請用戶如有疑問或投訴，先聯絡領英；其適用於歐洲及英國的私隱通知亦指，如你認為領英未有處理你的關注，可向所在地的監管機構反映。然後聯絡你所在地的資料保障機構：香港是私隱專員公署，負責處理有關機構如何處理你個人資料的投訴；英國是資訊專員辦公室，加拿大是私隱專員辦公室，瑞士是聯邦資料保障及資訊專員，歐盟及歐洲經濟區則是各國各自的機構。每個[地區頁面](/regions/)都列出應聯絡的機構及其連結。',
      ],
    },
    sources: [
      'linkedin-privacy-policy#contact-linkedin-first',
      'linkedin-eu-notice#supervisory-authority',
      'pcpd-complaints#lodge-a-complaint',
      'edpb-who-we-are#national-authorities',
    ],
  },
  {
    id: 'who-is-pcpd',
    question: { en: 'Who is the PCPD?', 'zh-hk': '私隱專員公署是甚麼機構？' },
    answer: {
      en: [
        'The Office of the Privacy Commissioner for Personal Data is Hong Kong’s privacy regulator. It enforces the Personal Data (Privacy) Ordinance, Cap. 486. Ada Chung Lai-ling was the Commissioner when it took up LinkedIn’s case in 2024. Read [what it said about LinkedIn](/pcpd-warning/).',
      ],
      'zh-hk': [
        '個人資料私隱專員公署是香港的私隱監管機構，負責執行《個人資料（私隱）條例》（第486章）。公署於2024年跟進領英事件時，私隱專員為鍾麗玲。閱讀[公署對領英的說法](/pcpd-warning/)。',
      ],
    },
    sources: ['pdpo-cap486#pcpd-enforces-ordinance', 'pdpo-cap486#zh-independent-body-enforces', 'pcpd-2024-10-15#commissioner-welcomes'],
  },
  {
    id: 'check-it-worked',
    question: { en: 'How do I check that it worked?', 'zh-hk': '怎樣確認已經關閉？' },
    answer: {
      en: [
        'Open the [direct link]({linkedin:aiSettingUrl}) again while signed in. The switch next to “{linkedin:aiToggle}” should read {linkedin:off}.',
      ],
      'zh-hk': ['登入後再次開啟[直接連結]({linkedin:aiSettingUrl})。「{linkedin:aiToggle}」旁邊的開關應顯示「{linkedin:off}」。'],
    },
    sources: ['linkedin-setting', 'thestandard-users-alert#switch-label'],
  },
  {
    id: 'why-does-linkedin-want-it',
    question: { en: 'Why does LinkedIn want my data?', 'zh-hk': '領英為甚麼想要我的資料？' },
    answer: {
      en: [
        'Generative-AI models have been built on huge amounts of human writing from the internet, and that supply is finite: Ilya Sutskever, a co-founder of OpenAI, has said the industry has reached “peak data”. In our view, that is what makes a network of professional profiles and posts valuable to AI developers. The [bigger picture](/why-now/) explains more.',
      ],
      'zh-hk': [
        '生成式人工智能模型建基於互聯網上大量人類撰寫的文字，而這些文字的供應有限：OpenAI 共同創辦人蘇茨克維爾（{en:Ilya Sutskever}）曾表示業界已到達「數據見頂」。我們認為，正因如此，由專業人士撰寫的個人檔案和帖文對人工智能開發者十分吸引。詳見[背後原因](/why-now/)。',
      ],
    },
    sources: ['technewsday-2024-12-15#peak-data', 'technewsday-2024-12-15#fossil-fuel'],
  },
]);
