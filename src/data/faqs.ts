import { faqSchema, type Faq } from './schema.ts';

/**
 * Questions readers ask, in the order the FAQ page shows them. Ids are public anchors (/faq/#can-i-undo-it):
 * never rename one. `[label](/path/)` links inside the guide; full URLs link out.
 */
export const faqs: readonly Faq[] = faqSchema.array().parse([
  {
    id: 'when-did-it-start',
    question: { en: 'When did LinkedIn start training AI on my data?', 'zh-hk': '領英何時開始用我的資料訓練人工智能？' },
    card: {
      en: 'Hong Kong, Canada, the UK, the EU, the EEA and Switzerland: from 3 November 2025, unless you had switched it off. Elsewhere: since September 2024 at the latest.',
      'zh-hk': '香港、加拿大、英國、歐盟、歐洲經濟區及瑞士：由2025年11月3日起，除非你已關閉設定。其他地方：最遲自2024年9月起。',
    },
    answer: {
      en: [
        'If you are in Hong Kong, Canada, the EU, the EEA or Switzerland: from 3 November 2025, unless you had switched the setting off. LinkedIn’s help page and update notice on the change, as quoted by TechRadar and The Register, names members in these places. If you are in the UK: from the same day; LinkedIn’s privacy notice for Europe and the UK was updated then to name its legal basis for this training.',
        'Everywhere else, including the United States: since September 2024 at the latest. On 18 September 2024 LinkedIn updated its privacy policy and said in a blog post that it trains on members’ data by default; members had noticed the setting, already on, before the policy was updated. In Hong Kong and Canada, LinkedIn paused after the regulators stepped in; training there resumed on 3 November 2025. For the UK, the regulator said on 20 September 2024 that LinkedIn had suspended training there. See the [full timeline](/timeline/).',
      ],
      'zh-hk': [
        '如果你身處香港、加拿大、歐盟、歐洲經濟區或瑞士，領英由2025年11月3日起可用你的資料訓練，除非你已關閉設定；{once:pressQuotedNotes}提及這些地方的會員。如果你身處英國，同樣由當日起；領英的《歐洲地區私隱通知》於當日更新，說明這項訓練的法律依據，並適用於英國。',
        '在其他地方（包括美國），最遲自2024年9月起已是如此。2024年9月18日，領英更新私隱政策，並在網誌文章中表明已預設以會員資料進行訓練；在私隱政策更新之前，已有會員發現這個早已開啟的設定。在香港及加拿大，領英在監管機構介入後暫停，兩地的訓練於2025年11月3日恢復。英國方面，英國資訊專員辦公室於2024年9月20日表示，領英已暫停在英國的訓練。詳見[完整時間線](/timeline/)。',
      ],
    },
    sources: [
      'techradar-2025-10#legitimate-interest-regions',
      'theregister-2025-10-27#members-in-regions',
      'linkedin-eu-notice#banner-legitimate-interests',
      'linkedin-eu-notice#scope-designated-countries-and-uk',
      'linkedin-eu-notice#banner-opt-out',
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
    card: {
      en: 'Most members whose setting is on, and it is on by default. Since 3 November 2025 that includes Hong Kong, Canada, the UK, the EU, the EEA and Switzerland.',
      'zh-hk':
        '設定仍然開啟的會員大多受影響，而設定預設開啟。自2025年11月3日起，香港、加拿大、英國、歐盟、歐洲經濟區及瑞士的會員亦包括在內。',
    },
    answer: {
      en: [
        'Most LinkedIn members whose setting is on, and it is on unless you switched it off. On 3 November 2025 LinkedIn brought members in Hong Kong, Canada, the 27 EU countries, Iceland, Liechtenstein, Norway and Switzerland into this training, according to its help page and update notice on the change as quoted by TechRadar and The Register, and its privacy notice for Europe, updated that day, covers the UK too. Members elsewhere were already included.',
        'There are exceptions. LinkedIn says, as quoted by The Left Shift, that it does not use the data of members it has reason to believe could be under 18, even if their setting appears on. In the EU, after Ireland’s regulator stepped in, LinkedIn committed to use less data, drawn from a shorter period.',
        'The [region checker](/regions/) tells you what applies where you are.',
      ],
      'zh-hk': [
        '設定仍然開啟的領英會員大多受影響，而這項設定預設開啟，直至你自行關閉。據{once:pressQuotedNotes}，領英於2025年11月3日把香港、加拿大、27個歐盟國家、冰島、列支敦士登、挪威及瑞士的會員納入這項訓練；領英於同日更新的《歐洲地區私隱通知》亦涵蓋英國。其他地方的會員早已包括在內。',
        '當中有例外。據{en:The Left Shift}引述，領英表示如有理由相信會員可能未滿18歲，即使其設定看似開啟，也不會使用其資料。在歐盟，愛爾蘭監管機構介入後，領英承諾使用較少資料，並縮短資料所涵蓋的時期。',
        '[「我受影響嗎？」](/regions/)頁會告訴你所在地的情況。',
      ],
    },
    sources: [
      'linkedin-help-gai#on-by-default',
      'techradar-2025-10#legitimate-interest-regions',
      'theregister-2025-10-27#members-in-regions',
      'linkedin-privacy-policy#designated-countries-and-eu-notice',
      'linkedin-eu-notice#applies-to-designated-countries-and-uk',
      'linkedin-eu-notice#banner-legitimate-interests',
      'hkfp-2024-10-15#without-notifying-writing-suggestions',
      'theleftshift-2025#under-18',
      'irishlegal-2025-11-07#less-data-shorter-period',
    ],
  },
  {
    id: 'how-do-i-opt-out',
    question: { en: 'How do I stop it?', 'zh-hk': '怎樣阻止領英用我的資料訓練人工智能？' },
    card: {
      en: 'Open the setting {linkedin:aiSetting} and set its switch to {linkedin:off}. Every member can do this.',
      'zh-hk': '前往{linkedin:aiSetting}設定，把開關調至{linkedin:off}。每位會員都可以這樣做。',
    },
    answer: {
      en: [
        'Open the setting {linkedin:aiSetting} and switch “{linkedin:aiToggle}” to {linkedin:off}. The direct link is [{linkedin:aiSettingUrlText}]({linkedin:aiSettingUrl}). Every member can do this.',
        'Step-by-step instructions for the website, iPhone and Android are on the [opt-out page](/opt-out/).',
      ],
      'zh-hk': [
        '前往{linkedin:aiSetting}設定，把{linkedin:aiToggle}開關調至{linkedin:off}。直接連結是[{linkedin:aiSettingUrlText}]({linkedin:aiSettingUrl})。每位會員都可以這樣做。',
        '網頁版、iPhone及Android的逐步說明見[「如何關閉」頁](/opt-out/)。',
      ],
    },
    sources: ['linkedin-help-gai#member-setting-controls-training', 'thestandard-users-alert#switch-label', 'linkedin-setting'],
  },
  {
    id: 'what-data',
    question: { en: 'What data does LinkedIn use?', 'zh-hk': '領英會使用哪些資料？' },
    card: {
      en: 'LinkedIn’s privacy notice for Europe and the UK lists your profile, posts, comments, group activity and what you type into its AI features, among others.',
      'zh-hk': '領英的《歐洲地區私隱通知》列出你的個人檔案、帖文、留言、群組活動，以及你在其人工智能功能中輸入的內容等。',
    },
    answer: {
      en: [
        'LinkedIn’s privacy notice for the EU, the EEA, Switzerland and the UK lists your profile (such as your name, photo, positions, education, location, skills, summary, certifications, endorsements and recommendations), your posts, articles, comments and poll answers, your group activity and group messages, résumés and answers to screening questions you saved, and what you type into LinkedIn’s AI features.',
        'For members in Hong Kong, Canada, the EU, the EEA and Switzerland, LinkedIn’s short description, as quoted by PCMag, is details from your profile and public content you post, not your private messages. PCMag also listed the categories used for those members: profile data, what you enter into AI features, screening answers and résumés, group activity and group messages, and your posts, articles and comments. According to an email seen by Neowin, as Windows Report reported, the data includes profile information and public posts. PCMag reported that LinkedIn also leaves out login credentials, payment methods and credit cards, and salary or job-application data attributable to a specific member.',
      ],
      'zh-hk': [
        '領英適用於歐盟、歐洲經濟區、瑞士及英國的《歐洲地區私隱通知》列出：你的個人檔案（例如姓名、相片、職位、學歷、所在地、技能、簡介、證書、技能認可及推薦）、你的帖文、文章、留言及投票回應、你的群組活動及群組訊息、你儲存的履歷及篩選問題答案，以及你在領英人工智能功能中輸入的內容。',
        '對於香港、加拿大、歐盟、歐洲經濟區及瑞士的會員，據{en:PCMag}引述，領英的簡短描述是：你的個人檔案資料及你發布的公開內容，但不包括私人訊息。{en:PCMag}亦列出用於這些會員的資料類別：個人檔案資料、你在人工智能功能中輸入的內容、篩選問題答案及履歷、群組活動及群組訊息，以及你的帖文、文章和留言。據{en:Windows Report}報道，{en:Neowin}看過的一封電郵指有關資料包括個人檔案資料及公開帖文。{en:PCMag}亦報道，領英不會使用登入資料、付款方式及信用卡，以及可追溯至個別會員的薪酬或求職申請資料。',
      ],
    },
    sources: [
      'linkedin-eu-notice#data-profile',
      'linkedin-eu-notice#data-member-content',
      'linkedin-eu-notice#data-groups',
      'linkedin-eu-notice#data-screening-resumes',
      'linkedin-eu-notice#data-gai-input',
      'pcmag-2025#not-private-messages',
      'pcmag-2025#categories-used',
      'pcmag-2025#profile-data',
      'pcmag-2025#gen-ai-usage-data',
      'pcmag-2025#jobs-data',
      'pcmag-2025#groups-data',
      'pcmag-2025#member-content',
      'windowsreport-2025-09-24#email-seen-by-neowin',
      'pcmag-2025#other-exclusions',
    ],
  },
  {
    id: 'private-messages',
    question: { en: 'Does LinkedIn use my private messages?', 'zh-hk': '領英會使用我的私人訊息嗎？' },
    card: {
      en: 'Not to train AI that generates content, LinkedIn says, as quoted by PCMag. Its notice for Europe and the UK says it uses AI to find harmful content in messages.',
      'zh-hk':
        '據{en:PCMag}引述，領英表示訓練生成內容的人工智能時不會使用私人訊息。其《歐洲地區私隱通知》則指會以人工智能找出訊息中的有害內容。',
    },
    answer: {
      en: [
        'Not to train the AI models that generate content. LinkedIn says the data it uses for that “does not include your private messages”, as quoted by PCMag; Luxembourg’s data protection authority says the same, and The Register reported that LinkedIn spelled it out in several places.',
        'Messages in groups are a different matter: LinkedIn’s privacy notice for Europe and the UK lists group activity and group messages among the data it uses, and PCMag listed them for members in Hong Kong and Canada too.',
        'The same notice says LinkedIn uses AI, generative AI among it, to detect and prevent harmful content in messages, and trains its AI systems for these safety and security purposes. The setting covers only the models that generate content, so it does not switch that off.',
      ],
      'zh-hk': [
        '不會用於訓練生成內容的人工智能模型。據{en:PCMag}引述，領英表示這方面所用的資料「不包括你的私人訊息」；盧森堡國家資料保障委員會（{en:CNPD}）亦有相同說法，而{en:The Register}亦報道領英在多處清楚說明這一點。',
        '群組訊息則不同：領英適用於歐洲及英國的《歐洲地區私隱通知》把群組活動及群組訊息列為會使用的資料，而{en:PCMag}亦把它們列為用於香港及加拿大會員的資料。',
        '同一份通知亦指，領英會以人工智能（包括生成式人工智能）偵測及防止訊息中的有害內容，並為這些安全用途訓練其人工智能系統。設定只涵蓋生成內容的模型，因此不會停止這方面的使用。',
      ],
    },
    sources: [
      'pcmag-2025#not-private-messages',
      'lu-cnpd#default-training-from-3-november',
      'theregister-2025-10-27#private-messages-not-included',
      'windowsreport-2025-09-24#private-messages-not-accessed',
      'linkedin-eu-notice#data-groups',
      'pcmag-2025#categories-used',
      'pcmag-2025#groups-data',
      'linkedin-eu-notice#safety-ai-messages',
      'linkedin-help-gai#content-models-only',
    ],
  },
  {
    id: 'under-18',
    question: { en: 'What about members under 18?', 'zh-hk': '18歲以下的會員又如何？' },
    card: {
      en: 'As quoted by The Left Shift, LinkedIn says it does not train on data of members it has reason to believe could be under 18. Switching off is the sure way.',
      'zh-hk': '據{en:The Left Shift}引述，領英表示如有理由相信會員可能未滿18歲，便不會用其資料訓練。最穩妥的做法是關閉設定。',
    },
    answer: {
      en: [
        'LinkedIn says, as quoted by The Left Shift, that if it has reason to believe you could be under 18, for example because you are at secondary school, your data is not used to train content-generating AI models, even if your setting appears on.',
        'In November 2025, after Ireland’s regulator stepped in, LinkedIn also committed to improve its measures to keep the personal data of users under 18 out of its training. If a teenager uses LinkedIn, switching the setting off is the sure way: it does not depend on what LinkedIn believes about their age.',
      ],
      'zh-hk': [
        '據{en:The Left Shift}引述，領英表示如有理由相信你可能未滿18歲（例如你正就讀中學），即使你的設定看似開啟，你的資料也不會用於訓練生成內容的人工智能模型。',
        '2025年11月，在愛爾蘭監管機構介入後，領英亦承諾加強措施，防止18歲以下用戶的個人資料被用作訓練。如果有青少年使用領英，最穩妥的做法是關閉設定：這不取決於領英如何判斷其年齡。',
      ],
    },
    sources: ['theleftshift-2025#under-18', 'irishlegal-2025-11-07#revised-plans', 'irishlegal-2025-11-07#under-18-measures'],
  },
  {
    id: 'can-i-undo-it',
    question: { en: 'Can I undo training that already happened?', 'zh-hk': '已完成的訓練可以撤銷嗎？' },
    card: {
      en: 'No. Switching the setting off stops the training on your data from then on; it does not remove your data from models already trained.',
      'zh-hk': '不可以。關閉設定後，領英便不會再用你的資料作訓練，但不會把你的資料從已訓練好的模型中移除。',
    },
    answer: {
      en: [
        'No. Switching the setting off stops LinkedIn using your data for training from then on. It does not remove your data from models that were already trained.',
        'That is why it is worth switching it off now rather than later.',
      ],
      'zh-hk': ['不可以。關閉設定後，領英便不會再用你的資料作訓練，但不會把你的資料從已訓練好的模型中移除。', '因此，越早關閉越好。'],
    },
    sources: ['linkedin-help-gai#off-stops-use-going-forward', 'linkedin-help-gai#does-not-undo-past-training'],
  },
  {
    id: 'opted-out-in-2024',
    question: { en: 'I switched it off in 2024. Do I need to do it again?', 'zh-hk': '我在2024年已關閉設定，需要再做一次嗎？' },
    card: {
      en: 'Check: it takes seconds. Gadgets360 reported that LinkedIn said it would honour existing choices; make sure the switch shows {linkedin:off}.',
      'zh-hk': '請檢查一下，只需數秒。據{en:Gadgets360}報道，領英表示會尊重會員現有的設定選擇；請確認開關顯示{linkedin:off}。',
    },
    answer: {
      en: [
        'LinkedIn describes one setting for this, {linkedin:aiSetting}. Gadgets360 reported that LinkedIn said it would honour members’ existing setting choices when its 2025 changes took effect; as of 4 December 2026 we have not read LinkedIn’s own words on it, so check: it takes a few seconds. Open the [direct link]({linkedin:aiSettingUrl}) while signed in and make sure the switch shows {linkedin:off}.',
      ],
      'zh-hk': [
        '領英就此只描述了一個設定，即{linkedin:aiSetting}。據{en:Gadgets360}報道，領英表示2025年的改動生效時，會尊重會員現有的設定選擇；截至2026年12月4日，我們未有讀到領英本身就此的說法，所以請檢查一下，只需數秒：登入後按[直接連結]({linkedin:aiSettingUrl})，確認開關顯示{linkedin:off}。',
      ],
    },
    sources: ['linkedin-help-gai#member-setting-controls-training', 'gadgets360-2025-09#honour-existing-choices', 'linkedin-setting'],
  },
  {
    id: 'hong-kong-vs-elsewhere',
    question: { en: 'Is Hong Kong treated differently from other places?', 'zh-hk': '香港的情況與其他地方不同嗎？' },
    card: {
      en: 'It was: LinkedIn paused training on Hong Kong members’ data from 11 October 2024 until 3 November 2025. Now the setting is on unless you switch it off.',
      'zh-hk': '曾經不同：領英由2024年10月11日起暫停以香港會員的資料作訓練，直至2025年11月3日。現時設定預設開啟，直至你自行關閉。',
    },
    answer: {
      en: [
        'It was, from 11 October 2024 until the change of 3 November 2025. After the PCPD raised concerns, LinkedIn paused training on Hong Kong members’ data from 11 October 2024. From 3 November 2025 it can use the data of members in Hong Kong, as in the EU, the EEA, Switzerland and Canada, according to its help page and update notice on the change as quoted by TechRadar and The Register. The setting is on unless you switch it off.',
        'Every member can switch it off. The [PCPD’s warning](/pcpd-warning/) explains what Hong Kong’s regulator said.',
      ],
      'zh-hk': [
        '曾經不同，由2024年10月11日起，直至2025年11月3日的改動為止。{once:pcpd}表示關注後，領英自2024年10月11日起暫停以香港會員的資料作訓練。據{once:pressQuotedNotes}，自2025年11月3日起，領英可使用香港會員的資料，與歐盟、歐洲經濟區、瑞士及加拿大看齊。設定預設開啟，直至你自行關閉。',
        '每位會員都可以關閉設定。[私隱專員公署的提醒](/pcpd-warning/)解釋了香港監管機構的說法。',
      ],
    },
    sources: [
      'pcpd-2024-10-15#concern-default-opt-in',
      'pcpd-2024-10-15#paused-from-11-october',
      'techradar-2025-10#legitimate-interest-regions',
      'theregister-2025-10-27#members-in-regions',
      'linkedin-help-gai#on-by-default',
    ],
  },
  {
    id: 'is-it-legal',
    question: { en: 'Is it legal to switch this on by default?', 'zh-hk': '預設開啟這個設定合法嗎？' },
    card: {
      en: 'LinkedIn says it relies on “legitimate interests”. In our reading, Hong Kong’s Ordinance has no such route; the PCPD asked if a default reflects users’ choices.',
      'zh-hk':
        '領英表示以「正當權益」為依據。按我們的理解，香港的《私隱條例》並沒有這樣的途徑；私隱專員公署亦曾問及預設設定能否反映用戶的選擇。',
    },
    answer: {
      en: [
        'LinkedIn says it relies on its “legitimate interests”: in its privacy notice for the EU, the EEA, Switzerland and the UK, and, for members in the EU, the EEA, Switzerland, Canada and Hong Kong, on its help page about the change, as quoted by TechRadar.',
        'In our reading, Hong Kong’s Ordinance offers no such route. The PCPD questioned whether a default setting accurately reflects users’ choices. Hong Kong’s Data Protection Principle 3 says personal data may not be used for a new purpose without the person’s prescribed consent, which is consent given expressly and voluntarily; a new purpose is one other than the purpose the data was collected for or a purpose directly related to it. The Ordinance also exempts some uses from that principle, such as statistics or research whose results identify no one. Ireland’s regulator secured changes to LinkedIn’s plan but, as reported, stressed that it had not approved the processing or found it compliant; the UK’s said its assessment is based on the information then available and that it will continue to monitor.',
      ],
      'zh-hk': [
        '領英表示以其「正當權益」（{en:legitimate interests}）為依據：這見於其適用於歐盟、歐洲經濟區、瑞士及英國的《歐洲地區私隱通知》；而據{en:TechRadar}引述，領英有關這次改動的說明頁亦就歐盟、歐洲經濟區、瑞士、加拿大及香港的會員作此表述。',
        '按我們的理解，香港的《私隱條例》並沒有這樣的途徑。私隱專員公署曾提出疑問：預設設定能否準確反映用戶的選擇。香港的保障資料第3原則規定，除非得到當事人的訂明同意，即自願給予的明示同意，否則個人資料不得用於新目的。新目的是指下列目的以外的任何目的：收集資料時擬將資料用於的目的，或與該目的直接有關的目的。《私隱條例》亦豁免部分用途受該原則規限，例如結果不會識辨任何人的統計或研究。愛爾蘭監管機構促使領英修改計劃，但據報道強調並未批准有關處理，亦未認定其合規。英國監管機構則表示其評估以當時掌握的資料為基礎，並會繼續監察。',
      ],
    },
    sources: [
      'linkedin-eu-notice#scope-designated-countries-and-uk',
      'linkedin-eu-notice#banner-legitimate-interests',
      'linkedin-eu-notice#legitimate-interests-basis',
      'techradar-2025-10#legitimate-interest-regions',
      'thestandard-2024-10-03#default-reflects-choices',
      'thestandard-users-alert#default-may-not-reflect-choices',
      'pcpd-e-lawbook#dpp3-1-new-purpose',
      'pcpd-case-note-2009e03#prescribed-consent-s2-3',
      'pcpd-e-lawbook#dpp3-4-new-purpose-definition',
      'pcpd-e-lawbook#s62-exempts-dpp3',
      'irishlegal-2025-11-07#revised-plans',
      'lawsociety-gazette-2025-11#not-approved',
      'ico-2024-09-20#resume-and-monitor',
      'ico-2024-09-20#assessment-not-approval',
    ],
  },
  {
    id: 'objection-form',
    question: { en: 'What is the Data Processing Objection form? Do I need it?', 'zh-hk': '領英的資料處理反對表格是甚麼？我需要填嗎？' },
    card: {
      en: 'LinkedIn’s form for a formal objection. The setting covers only AI that generates content; for other AI training, LinkedIn points here, as quoted by TechRadar.',
      'zh-hk': '這是領英讓你正式提出反對的表格。設定只涵蓋生成內容的人工智能；據{en:TechRadar}引述，反對其他人工智能訓練須用這份表格。',
    },
    answer: {
      en: [
        'It is LinkedIn’s form for objecting formally to how it processes your data. The setting covers only the training of AI models that generate content; LinkedIn’s support page, as quoted by TechRadar, sends objections to the training of other AI and machine-learning models to this form. It is also one way members in the EU, the EEA, Switzerland or the UK can exercise their right to object, if they want it on record. It is at [{linkedin:objectionFormUrlText}]({linkedin:objectionFormUrl}).',
      ],
      'zh-hk': [
        '這是領英讓你正式反對其處理你資料的表格。關閉設定只涵蓋生成內容的人工智能模型的訓練；據{en:TechRadar}引述領英的支援頁面，如要反對以你的資料訓練其他人工智能及機器學習模型，可使用這份表格。歐盟、歐洲經濟區、瑞士或英國的會員如想把反對記錄在案，這份表格亦是行使反對權的途徑之一。表格在[{linkedin:objectionFormUrlText}]({linkedin:objectionFormUrl})。',
      ],
    },
    sources: [
      'linkedin-help-gai#content-models-only',
      'techradar-2025-09-22#objection-form-other-models',
      'linkedin-eu-notice#right-to-object',
      'linkedin-eu-notice#objection-form',
    ],
  },
  {
    id: 'microsoft',
    question: { en: 'Does LinkedIn share my data with Microsoft?', 'zh-hk': '領英會與微軟分享我的資料嗎？' },
    card: {
      en: 'Yes. LinkedIn’s privacy policy lets it share public content, and personal data for ads, with affiliates like Microsoft. The AI setting does not stop ad sharing.',
      'zh-hk':
        '會。領英的私隱政策容許領英與包括微軟在內的聯屬公司分享你的公開內容，以及供廣告用途的個人資料。人工智能設定並不涵蓋廣告方面的分享。',
    },
    answer: {
      en: [
        'Yes. LinkedIn’s privacy policy lets it share with its Affiliates, Microsoft among them, your public content, such as public posts, so that they can provide or develop their services, and personal data for their advertising services. From 3 November 2025, in some regions, LinkedIn shares more types of member data with Microsoft for advertising, Help Net Security reported; outside the EU, the EEA and Switzerland, LinkedIn’s help page says members can opt out of this ad sharing with the Data sharing setting. The AI setting does not control it.',
        'The AI setting covers training by LinkedIn and its affiliates. In the UK, LinkedIn may also share some content, such as posts, articles, Company Page data and job postings, with Microsoft to train Microsoft’s own AI, and switching the AI setting off stops that sharing too: the notice’s opt-out for it links to the same setting.',
      ],
      'zh-hk': [
        '會。領英的私隱政策容許領英與包括微軟在內的聯屬公司分享你的公開內容（例如公開帖文），讓這些公司提供或開發其服務，並分享個人資料供其廣告服務使用。據{en:Help Net Security}報道，自2025年11月3日起，在部分地區，領英會與微軟分享更多類別的會員資料作廣告用途；領英的說明頁指，在歐盟、歐洲經濟區及瑞士以外，會員可透過{linkedin:dataSharing}設定選擇不參與這種廣告分享。人工智能設定並不涵蓋這方面。',
        '人工智能設定涵蓋領英及其聯屬公司進行的訓練。在英國，領英亦可能把部分內容，例如帖文、文章、公司專頁資料及招聘廣告，交給微軟，供微軟訓練其自家的人工智能；關閉人工智能設定亦會停止這種分享，因為通知中選擇退出這種分享的連結指向同一設定。',
      ],
    },
    sources: [
      'linkedin-privacy-policy#shares-with-microsoft',
      'helpnetsecurity-2025-09-18#default-from-3-november',
      'helpnetsecurity-2025-09-18#microsoft-ads-some-regions',
      'helpnetsecurity-2025-09-18#affiliates-include-microsoft',
      'linkedin-help-data-sharing#outside-eu-microsoft-ads',
      'linkedin-help-data-sharing#data-sharing-setting',
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
    card: {
      en: 'You do not need to: switching the setting off keeps your data out of LinkedIn’s training of content-generating AI models from then on.',
      'zh-hk': '不需要：關閉設定後，領英便不會再用你的資料訓練生成內容的人工智能模型。',
    },
    answer: {
      en: [
        'You do not need to delete your account to keep your data out of LinkedIn’s training of content-generating AI models: switching the setting off does that from then on. It does not undo training that already happened.',
      ],
      'zh-hk': [
        '要令你的資料不再用於領英訓練生成內容的人工智能模型，你不需要刪除帳戶：關閉設定後，領英便不會再這樣使用你的資料。關閉設定不會撤銷已完成的訓練。',
      ],
    },
    sources: ['linkedin-help-gai#off-stops-use-going-forward', 'linkedin-help-gai#does-not-undo-past-training'],
  },
  {
    id: 'companies',
    question: { en: 'I manage a Company Page. What should I do?', 'zh-hk': '我管理公司專頁，應該怎樣做？' },
    card: {
      en: 'It is a member setting: each person switches it off in their own account, so each employee decides for themselves.',
      'zh-hk': '這是個人帳戶的設定，須由每位會員在自己的帳戶內關閉，因此由每位員工自行決定。',
    },
    answer: {
      en: [
        'It is a member setting: each person switches it off in their own account, so each employee decides for themselves. If you want staff to have the choice, tell them about it.',
        'Company Page content is public. In the UK, LinkedIn’s privacy notice lists Company Page data among the content it may share with Microsoft for Microsoft’s own AI.',
      ],
      'zh-hk': [
        '這是個人帳戶的設定，須由每位會員在自己的帳戶內關閉，因此由每位員工自行決定。如果你希望員工知道有此選擇，請告訴他們。',
        '公司專頁的內容是公開的。在英國，領英的《歐洲地區私隱通知》把公司專頁資料列為可能交給微軟，供微軟訓練其自家的人工智能的內容之一。',
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
    card: {
      en: 'Start with LinkedIn, then go to the data protection authority where you live, such as the PCPD in Hong Kong. Each region page names the right one.',
      'zh-hk': '先向領英反映，然後聯絡你所在地的資料保障機構，例如香港的私隱專員公署。每個地區頁面都列出應聯絡的機構。',
    },
    answer: {
      en: [
        'Start with LinkedIn: its privacy policy asks you to contact it first with questions or complaints, and its privacy notice for Europe and the UK says you can go to your regulator if you feel LinkedIn has not dealt with your concern. Then go to the data protection authority where you live: the PCPD in Hong Kong, which takes complaints about how an organisation handles your personal data, the ICO in the UK, the Office of the Privacy Commissioner in Canada, the FDPIC in Switzerland, or, in the EU and EEA, where every country has one, your country’s authority (in Germany, your state’s). Each [region page](/regions/) names the right one and links to it.',
      ],
      'zh-hk': [
        '先向領英反映：其私隱政策表示用戶如有疑問或投訴，應先聯絡領英；其《歐洲地區私隱通知》亦指，如你認為領英未有處理你的關注，可向所在地的監管機構反映。然後聯絡你所在地的資料保障機構：香港是私隱專員公署，負責處理有關機構如何處理你個人資料的投訴；英國是資訊專員辦公室（ICO），加拿大是私隱專員辦公室，瑞士是聯邦資料保障及資訊專員（FDPIC），歐盟及歐洲經濟區則是各國各自的機構（在德國，則是你所在州份的機構）。每個[地區頁面](/regions/)都列出應聯絡的機構及其連結。',
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
    card: {
      en: 'The Office of the Privacy Commissioner for Personal Data is Hong Kong’s privacy regulator. It enforces the Personal Data (Privacy) Ordinance.',
      'zh-hk': '個人資料私隱專員公署（私隱專員公署）是香港的私隱監管機構，負責執行《個人資料（私隱）條例》。',
    },
    answer: {
      en: [
        'The Office of the Privacy Commissioner for Personal Data is Hong Kong’s privacy regulator. It enforces the Personal Data (Privacy) Ordinance, Cap. 486. Ada Chung Lai-ling is the Commissioner: she held the post when the PCPD took up LinkedIn’s case in 2024, and was reappointed for five years from 4 September 2025, HK01 reported. Read [what it said about LinkedIn](/pcpd-warning/).',
      ],
      'zh-hk': [
        '{once:pcpd}是香港的私隱監管機構，負責執行《個人資料（私隱）條例》（第486章）。現任私隱專員為鍾麗玲：公署於2024年跟進領英事件時已由她出任私隱專員；據香港01報道，她再度獲委任，任期五年，由2025年9月4日起生效。閱讀[公署對領英的說法](/pcpd-warning/)。',
      ],
    },
    sources: [
      'pcpd-about#pcpd-enforces-ordinance',
      'cmab-privacy-protection#zh-independent-body-enforces',
      'pcpd-2024-10-15#commissioner-welcomes',
      'hk01-2025-08-15#reappointed-five-years',
    ],
  },
  {
    id: 'check-it-worked',
    question: { en: 'How do I check that it worked?', 'zh-hk': '怎樣確認已經關閉？' },
    card: {
      en: 'Open the direct link again while signed in: the switch next to “{linkedin:aiToggle}” should read {linkedin:off}.',
      'zh-hk': '登入後再按一次直接連結：{linkedin:aiToggle}旁邊的開關應顯示{linkedin:off}。',
    },
    answer: {
      en: [
        'Open the [direct link]({linkedin:aiSettingUrl}) again while signed in. The switch next to “{linkedin:aiToggle}” should read {linkedin:off}.',
      ],
      'zh-hk': ['登入後再按一次[直接連結]({linkedin:aiSettingUrl})。{linkedin:aiToggle}旁邊的開關應顯示{linkedin:off}。'],
    },
    sources: ['linkedin-setting', 'thestandard-users-alert#switch-label'],
  },
  {
    id: 'why-does-linkedin-want-it',
    question: { en: 'Why does LinkedIn want my data?', 'zh-hk': '領英為甚麼想要我的資料？' },
    card: {
      en: 'Generative AI is built on human writing, and that supply is finite; in our view, that makes a network of profiles and posts valuable to AI developers.',
      'zh-hk': '生成式人工智能建基於人類撰寫的文字，而這些文字的供應有限；我們認為，這令滿是個人檔案和帖文的平台對人工智能開發者很有價值。',
    },
    answer: {
      en: [
        'Generative-AI models have been built on huge amounts of human writing from the internet, and that supply is finite: Ilya Sutskever, a co-founder of OpenAI, spoke in December 2024 of the industry reaching “peak data”, Tech Newsday reported. In our view, that is what makes a network of professional profiles and posts valuable to AI developers. The [bigger picture](/why-now/) explains more.',
      ],
      'zh-hk': [
        '生成式人工智能模型建基於互聯網上大量人類撰寫的文字，而這些文字的供應有限：據{en:Tech Newsday}報道，OpenAI共同創辦人{en:Ilya Sutskever}於2024年12月提到業界已到達「數據見頂」。我們認為，正因如此，一個滿是專業人士個人檔案和帖文的平台，對人工智能開發者很有價值。詳見[背後原因](/why-now/)。',
      ],
    },
    sources: ['technewsday-2024-12-15#peak-data', 'technewsday-2024-12-15#fossil-fuel'],
  },
]);
