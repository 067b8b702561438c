import { updateSchema, type Update } from './schema.ts';
import { regions } from './regions.ts';

const regionRoute = (slug: string) => `/regions/${slug}/`;
/** Region pages by what changed on them on 3 December 2026. */
const EUROPE_UNCHANGED_AUTHORITY = regions
  .filter((r) => ['eu', 'eea', 'switzerland'].includes(r.group) && !['germany', 'netherlands'].includes(r.slug))
  .map((r) => regionRoute(r.slug));

/**
 * What changed in the guide, newest first. Each page lists the entries that touched it ("Updates to this page"), and
 * the feeds (/updates.xml, /zh-hk/updates.xml) carry them all. Add an entry whenever a page's meaning changes;
 * a page's lastReviewed date says when it was last checked against its sources, whether or not it changed.
 */
export const updates: readonly Update[] = updateSchema.array().parse([
  {
    date: '2026-12-04',
    routes: ['/opt-out/', '/timeline/'],
    text: {
      en: 'Corrected: the switch’s label is known from The Standard’s report of the PCPD’s advice, not from LinkedIn’s help page, which names only the setting. The ICO’s statement of 23 September 2025 said LinkedIn had decided to resume its plans and would start processing in the coming weeks; we had written that it decided to resume training.',
      'zh-hk':
        '更正：開關的名稱出自《英文虎報》對私隱專員公署建議的報道，而非領英的說明頁；說明頁只提及設定的名稱。英國資訊專員辦公室2025年9月23日的聲明指，領英已決定恢復其計劃，並會在未來數星期開始處理資料；我們先前寫成領英決定恢復訓練。',
    },
  },
  {
    date: '2026-12-04',
    routes: ['/regions/elsewhere/', '/faq/', '/timeline/', '/sources/'],
    text: {
      en: 'Corrected: 18 September 2024 is the day LinkedIn updated its privacy policy and said in a blog post that it trains on members’ data. We had called it the day LinkedIn disclosed the training, as if nothing had been said before; members had found the setting before the policy was updated.',
      'zh-hk':
        '更正：2024年9月18日是領英更新私隱政策，並在網誌文章中表明以會員資料進行訓練的日子。我們先前稱之為領英披露這項訓練的日子，彷彿在此之前並無任何說明；其實在私隱政策更新之前，已有會員發現這個設定。',
    },
  },
  {
    date: '2026-12-04',
    routes: ['/faq/'],
    text: {
      en: 'Added: the categories of data PCMag lists for members in Hong Kong, Canada, the EU, the EEA and Switzerland, group messages among them, beside LinkedIn’s short description of what it uses.',
      'zh-hk':
        '新增：{en:PCMag}列出用於香港、加拿大、歐盟、歐洲經濟區及瑞士會員的資料類別，當中包括群組訊息，與領英對所用資料的簡短描述並列。',
    },
  },
  {
    date: '2026-12-04',
    routes: ['/regions/united-kingdom/'],
    text: {
      en: 'Corrected: 23 September 2025 is when the ICO said LinkedIn had decided to resume its plans; we had given September 2025 as the date of LinkedIn’s decision.',
      'zh-hk': '更正：2025年9月23日是資訊專員辦公室表示領英已決定恢復其計劃的日子；我們先前把2025年9月寫成領英作出決定的時間。',
    },
  },
  {
    date: '2026-12-04',
    routes: ['/faq/', '/sources/'],
    text: {
      en: 'Corrected: LinkedIn’s words that private messages are left out, as quoted by PCMag, are about training the AI that generates content. Its privacy notice for Europe and the UK says it uses AI to detect harmful content in messages and trains its AI for that; the setting does not cover those models.',
      'zh-hk':
        '更正：據{en:PCMag}引述，領英指私人訊息不包括在內，說的是訓練生成內容的人工智能。其《歐洲地區私隱通知》則指會以人工智能偵測訊息中的有害內容，並為此訓練其人工智能；設定並不涵蓋這些模型。',
    },
  },
  {
    date: '2026-12-04',
    routes: ['/opt-out/'],
    text: {
      en: 'Corrected: LinkedIn’s privacy notice for Europe and the UK does mention members’ feedback on its generative-AI features, as a way it improves its services; we had written that we had not read LinkedIn’s own words on it. The other names for the setting come from a post on a cryptocurrency exchange’s website, not from news reports. The first website step now cites LinkedIn Help for the Me icon.',
      'zh-hk':
        '更正：領英的《歐洲地區私隱通知》確有提及會員對其生成式人工智能功能的意見，並列為改善服務的方式之一；我們先前寫成未有讀到領英本身就此的說法。設定的其他名稱出自一個加密貨幣交易所網站上的帖文，而非新聞報道。網頁版的第一步現引用領英說明中心有關{linkedin:me}圖示的說明。',
    },
  },
  {
    date: '2026-12-04',
    routes: ['/timeline/'],
    text: {
      en: 'Corrected: LinkedIn paused training on Hong Kong members’ data from 11 October 2024 and confirmed it to the PCPD on 14 October; the entry had read as if it told the PCPD on 11 October. The privacy policy of 18 September 2024 is now cited in the copy Open Terms Archive kept, as LinkedIn’s own page shows a later version.',
      'zh-hk':
        '更正：領英自2024年10月11日起暫停以香港會員的資料作訓練，並於2024年10月14日向私隱專員公署確認；該條目先前讀來像是領英於暫停當日已通知公署。2024年9月18日的私隱政策現引用開放條款檔案庫（{en:Open Terms Archive}）保存的副本，因為領英本身的網頁顯示的是較新的版本。',
    },
  },
  {
    date: '2026-12-04',
    routes: ['/opt-out/', '/regions/*'],
    text: {
      en: 'Corrected: the app steps no longer say the profile photo is at the top left, which no source we could quote says. The website’s steps now cite Hesse’s data protection commissioner, who gives the same route.',
      'zh-hk':
        '更正：應用程式的步驟不再說頭像在畫面左上角，因為我們沒有可引用的來源這樣說。網頁版的步驟現引用德國黑森州資料保障及資訊自由專員，其所列路徑相同。',
    },
  },
  {
    date: '2026-12-04',
    routes: ['/opt-out/'],
    text: {
      en: 'Added: switching the setting off may not cover feedback you give on LinkedIn’s AI features, as The Left Shift reported.',
      'zh-hk': '新增：據{en:The Left Shift}報道，關閉設定未必涵蓋你對領英人工智能功能給予的意見。',
    },
  },
  {
    date: '2026-12-04',
    routes: ['/regions/united-kingdom/'],
    text: {
      en: 'Added: sources differ on whether LinkedIn’s sharing of data with Microsoft for ads applies in the UK. LinkedIn’s help page places it outside the EU, the EEA and Switzerland; Gulf News reported that the 2025 change leaves the UK out.',
      'zh-hk':
        '新增：領英為廣告與微軟分享資料的安排是否適用於英國，各來源說法不一。領英的說明頁指適用於歐盟、歐洲經濟區及瑞士以外的地方；據{en:Gulf News}報道，2025年的改動不包括英國。',
    },
  },
  {
    date: '2026-12-04',
    routes: ['/pcpd-warning/', '/sources/'],
    text: {
      en: 'Corrected: the words “consciously consent — or decline” appear in a post on a cryptocurrency exchange’s website that cites no PCPD statement. We had written that we had found them in no report we could read.',
      'zh-hk':
        '更正：「有意識地同意或拒絕」一語見於一個加密貨幣交易所網站上的帖文，該帖文沒有引用任何公署聲明。我們先前寫成在能夠閱讀的報道中都找不到這句話。',
    },
  },
  {
    date: '2026-12-04',
    routes: ['/pcpd-warning/', '/faq/'],
    text: {
      en: 'Added: the Ordinance exempts some uses from Principle 3, for example statistics or research whose results identify no one. We had written as if consent were the only way round it.',
      'zh-hk':
        '新增：《私隱條例》豁免部分用途受保障資料第3原則規限，例如結果不會識辨任何人的統計或研究。我們先前的寫法，有如同意是唯一途徑。',
    },
  },
  {
    date: '2026-12-04',
    routes: ['/faq/'],
    text: {
      en: 'Added to “I switched it off in 2024”: Gadgets360 reported that LinkedIn said it would honour existing setting choices. We still advise checking the setting.',
      'zh-hk': '「我在2024年已關閉設定」一問新增：據{en:Gadgets360}報道，領英表示會尊重會員現有的設定選擇。我們仍建議你檢查設定。',
    },
  },
  {
    date: '2026-12-04',
    routes: ['/opt-out/'],
    text: {
      en: 'Corrected: LinkedIn’s privacy notice for Europe and the UK gives two ways to exercise the right to object, its Data Processing Objection form or contacting LinkedIn. We had written as if the form were the only one.',
      'zh-hk':
        '更正：領英適用於歐洲及英國的《歐洲地區私隱通知》提供兩種行使反對權的方式：填寫{linkedin:objectionForm}，或聯絡領英。我們先前的寫法，有如表格是唯一途徑。',
    },
  },
  {
    date: '2026-12-04',
    routes: ['/regions/germany/'],
    text: {
      en: 'Corrected: Baden-Württemberg’s authority is “Der Landesbeauftragte für den Datenschutz und die Informationsfreiheit Baden-Württemberg”, as its own website names it.',
      'zh-hk':
        '更正：巴登－符騰堡州資料保障機構的德文名稱，現按其網站寫作{en:Der Landesbeauftragte für den Datenschutz und die Informationsfreiheit Baden-Württemberg}。',
    },
  },
  {
    date: '2026-12-04',
    routes: ['/pcpd-warning/', '/timeline/'],
    text: {
      en: 'Corrected: the report of the PCPD’s reminder of late October 2025 says the Commissioner reminded users to pay attention to the changes in LinkedIn’s privacy policy. The English text had said she urged them to read the changes.',
      'zh-hk':
        '更正：有關私隱專員公署2025年10月下旬提醒的報道指，私隱專員提醒用戶留意領英私隱政策的改動。英文版先前寫成她「促請用戶閱讀」有關改動。',
    },
  },
  {
    date: '2026-12-04',
    routes: ['/', '/regions/', '/regions/elsewhere/'],
    text: {
      en: 'Corrected: the region checker, the box that counts the days and the share card for everywhere else said “since 18 September 2024 at the latest”. Like the pages, they now say “since September 2024 at the latest”. The count still starts on 18 September 2024, when LinkedIn updated its privacy policy to say so, so it says “at least”.',
      'zh-hk':
        '更正：「我受影響嗎？」查詢工具、顯示日數的方框及「其他地區」的分享圖片先前寫「最遲自2024年9月18日起」，現與各頁一致，改為「最遲自2024年9月起」。日數仍由領英更新私隱政策加以說明的2024年9月18日起計，因此寫「最少」。',
    },
  },
  {
    date: '2026-12-03',
    routes: ['/pcpd-warning/'],
    text: {
      en: 'Corrected: the report of the PCPD’s statement of late October 2025 says LinkedIn undertook that Hong Kong users would keep control over how their data is used for AI training. We had written “whether”.',
      'zh-hk':
        '更正：有關私隱專員公署2025年10月下旬聲明的報道指，領英承諾香港用戶可繼續控制其資料如何用於訓練人工智能；我們先前把這項承諾寫成只關乎資料「會否」用於訓練。',
    },
  },
  {
    date: '2026-12-03',
    routes: ['/pcpd-warning/'],
    text: {
      en: 'Corrected: LinkedIn does give a legal basis for Hong Kong. Its help page on the change, as quoted by TechRadar, says it relies on “legitimate interest” there. The page now also says what the PCPD’s reminder of late October 2025 contained, as reported, names Ada Chung as the current Commissioner, and cites the PCPD’s own publications for the Ordinance’s words.',
      'zh-hk':
        '更正：領英有就香港說明法律依據。據{en:TechRadar}引述，領英有關這次改動的說明頁指，領英在香港以「正當權益」為依據。本頁現亦按報道轉述私隱專員公署2025年10月下旬的提醒，說明鍾麗玲為現任私隱專員，並引用公署本身的刊物說明《私隱條例》的字眼。',
    },
  },
  {
    date: '2026-12-03',
    routes: ['/faq/'],
    text: {
      en: 'Corrected: LinkedIn’s help page on the change, as quoted by the press, names Hong Kong and Canada and gives “legitimate interest” as the legal basis there, and LinkedIn says it does not use private messages or the data of members it has reason to believe could be under 18. The answers also say that the setting covers only AI models that generate content, and where the separate form comes in.',
      'zh-hk':
        '更正：據傳媒引述，領英有關這次改動的說明頁提及香港及加拿大，並以「正當權益」為兩地的法律依據；領英亦表示不會使用私人訊息，也不會使用其有理由相信可能未滿18歲的會員的資料。答案現亦說明該設定只涵蓋生成內容的人工智能模型，以及何時需要另一份表格。',
    },
  },
  {
    date: '2026-12-03',
    routes: ['/', '/opt-out/', '/timeline/', '/regions/'],
    text: {
      en: 'Corrected: for Hong Kong and Canada we now cite LinkedIn’s own help page and update notice on the change, as quoted by TechRadar and The Register, instead of reports of an email. The pages now say LinkedIn “can” use your data, with its exceptions, and that the setting covers AI models that generate content.',
      'zh-hk':
        '更正：就香港及加拿大，我們現引用{once:pressQuotedNotes}，而非有關電郵的報道。各頁現說明領英「可」使用你的資料及當中的例外，並說明該設定涵蓋生成內容的人工智能模型。',
    },
  },
  {
    date: '2026-12-03',
    routes: ['/why-now/'],
    text: {
      en: 'Corrected: we now give Ilya Sutskever’s own words as Tech Newsday quoted them, and no longer present the outlet’s summary as his.',
      'zh-hk': '更正：我們現按{en:Tech Newsday}的引述列出{en:Ilya Sutskever}的原話，不再把該報道的撮要當作他的說話。',
    },
  },
  {
    date: '2026-12-03',
    routes: [regionRoute('hong-kong'), regionRoute('canada')],
    text: {
      en: 'Corrected: that LinkedIn can use members’ data here from 3 November 2025 now rests on LinkedIn’s help page and update notice on the change, as quoted by TechRadar and The Register, not on reports of an email. The step on advertising now names LinkedIn’s Data sharing setting and cites LinkedIn’s page on it.',
      'zh-hk':
        '更正：領英由2025年11月3日起可使用香港及加拿大會員資料一事，現根據{once:pressQuotedNotes}，而非有關電郵的報道。有關廣告的步驟現列明領英的{linkedin:dataSharing}設定，並引用領英的相關說明頁。',
    },
  },
  {
    date: '2026-12-03',
    routes: [regionRoute('united-kingdom'), regionRoute('elsewhere')],
    text: {
      en: 'Changed: the step on advertising now names LinkedIn’s Data sharing setting and cites LinkedIn’s page on it.',
      'zh-hk': '修改：有關廣告的步驟現列明領英的{linkedin:dataSharing}設定，並引用領英的相關說明頁。',
    },
  },
  {
    date: '2026-12-03',
    routes: EUROPE_UNCHANGED_AUTHORITY,
    text: {
      en: 'Corrected: we removed the step on sharing with Microsoft for ads, because the LinkedIn page we cite places that sharing outside the EU, the EEA and Switzerland. Ireland’s report deadline of about April 2026 is now written as past.',
      'zh-hk':
        '更正：我們刪除了有關與微軟分享資料作廣告用途的步驟，因為我們引用的領英說明頁指這種分享在歐盟、歐洲經濟區及瑞士以外進行。愛爾蘭資料保障委員會要求領英約於2026年4月前提交報告，該期限已過，各頁現已相應改寫。',
    },
  },
  {
    date: '2026-12-03',
    routes: [regionRoute('germany')],
    text: {
      en: 'Corrected: complaints about companies go to the data protection authority of a German state, not to the federal commissioner. The page now lists all 16 state authorities, with the advice Lower Saxony’s and Hamburg’s gave in 2025, and no longer has the step on sharing with Microsoft for ads, which LinkedIn places outside the EU.',
      'zh-hk':
        '更正：針對企業的投訴應交由德國各州的資料保障機構處理，而非聯邦資料保障及資訊自由專員。本頁現列出全部16個州的機構，以及下薩克森州及漢堡的機構於2025年提出的建議；並刪除了有關與微軟分享資料作廣告用途的步驟，因為領英指這種分享在歐盟以外進行。',
    },
  },
  {
    date: '2026-12-03',
    routes: [regionRoute('netherlands')],
    text: {
      en: 'Added: the Dutch data protection authority’s warning of 24 September 2025. Removed: the step on sharing with Microsoft for ads, which LinkedIn places outside the EU.',
      'zh-hk':
        '新增：荷蘭個人資料保障局於2025年9月24日發出的警告。刪除：有關與微軟分享資料作廣告用途的步驟，因為領英指這種分享在歐盟以外進行。',
    },
  },
  {
    date: '2026-12-03',
    routes: ['/sources/'],
    text: {
      en: 'Corrected: what we rely on each source for, including LinkedIn’s global privacy policy, and the table of press claims. Our correction of 29 November 2026 that no LinkedIn text gives a legal basis for Canada or Hong Kong was wrong, and is marked so. Every quoted passage now says who is speaking: LinkedIn, the law, a regulator, LinkedIn or a regulator as quoted by the press, or the press.',
      'zh-hk':
        '更正：各來源的用途說明（包括領英的全球私隱政策），以及傳媒說法對照表。我們在2026年11月29日所作、指沒有領英文件就加拿大或香港說明法律依據的更正是錯的，現已註明。每段引文現均註明說法出自誰：領英、法例、監管機構、傳媒引述的領英或監管機構，還是傳媒。',
    },
  },
  {
    date: '2026-11-29',
    routes: ['/sources/', '/', '/opt-out/', '/faq/', '/pcpd-warning/', '/timeline/', '/why-now/', '/regions/', '/regions/*'],
    text: {
      en: 'Every citation now leads to the passage of its source that supports the sentence: the quote as published, the date we checked it, and a link that opens the source at that passage.',
      'zh-hk': '每個引用現在都連結至來源中佐證該句的段落：原文摘錄、我們核對的日期，以及可直接在原文中開啟該段的連結。',
    },
  },
  {
    date: '2026-11-29',
    routes: ['/', '/regions/', '/regions/*', '/faq/', '/timeline/', '/opt-out/', '/pcpd-warning/'],
    text: {
      en: 'Corrected: that LinkedIn trains on data from Hong Kong and Canada from 3 November 2025 rests on press reports of its email to members. The LinkedIn pages we could read name only the EU, the EEA, Switzerland and the UK, and the pages now say so.',
      'zh-hk':
        '更正：領英由2025年11月3日起以香港及加拿大會員資料訓練人工智能，是根據傳媒引述領英給會員的電郵；我們能夠查閱的領英文件只提及歐盟、歐洲經濟區、瑞士及英國。各頁現已註明。',
    },
    correctedOn: '2026-12-03',
    correction: {
      en: 'The report we cited ties Hong Kong and Canada to LinkedIn’s policy update, not to its email. LinkedIn’s own help page and update notice on the change, as quoted by TechRadar and The Register, names them.',
      'zh-hk': '我們當時引用的報道，是把香港及加拿大與領英的政策更新連繫起來，而非其電郵。{once:pressQuotedNotes}提及這兩地。',
    },
  },
  {
    date: '2026-11-29',
    routes: ['/opt-out/'],
    text: {
      en: 'Corrected: it is LinkedIn’s privacy notice for Europe and the UK, not its global privacy policy, that links to the setting.',
      'zh-hk': '更正：連結至該設定的是領英適用於歐洲及英國的《歐洲地區私隱通知》，並非其全球私隱政策。',
    },
  },
  {
    date: '2026-11-29',
    routes: ['/pcpd-warning/', '/timeline/', '/regions/hong-kong/'],
    text: {
      en: 'Changed: we could not check the PCPD’s statement of late October 2025 against its text, so the pages no longer summarise it and say so instead.',
      'zh-hk': '修改：我們未能對照私隱專員公署2025年10月下旬聲明的原文，因此各頁不再撮述其內容，並如實註明。',
    },
    correctedOn: '2026-12-03',
    correction: {
      en: 'Leaving it out left readers without what is known. The pages now give what a report of it says, marked as reported, until we can read the PCPD’s own text.',
      'zh-hk': '刪去這些內容，反而令讀者無從得知已知的情況。各頁現按一篇報道轉述，並註明只屬報道所述，直至我們能讀到公署的原文。',
    },
  },
  {
    date: '2026-11-29',
    routes: ['/faq/'],
    text: {
      en: 'Removed what no source we could read supports: the list of data LinkedIn leaves out beyond private messages, and where a choice made in 2024 is stored.',
      'zh-hk': '刪除了我們能查閱的來源並不支持的內容：除私人訊息外領英不使用的其他資料，以及2024年所作選擇儲存在哪裏。',
    },
  },
  {
    date: '2026-11-29',
    routes: ['/', '/timeline/', '/faq/', '/why-now/', '/regions/', '/regions/*'],
    text: {
      en: 'Corrected: 18 September 2024 is when LinkedIn disclosed that it trains AI on members’ data outside Europe, not when the training began. The pages now say “since September 2024 at the latest”.',
      'zh-hk':
        '更正：2024年9月18日是領英公開表示在歐洲以外以會員資料訓練人工智能的日子，並非訓練開始的日子。各頁現改為「最遲自2024年9月起」。',
    },
  },
  {
    date: '2026-11-29',
    routes: ['/timeline/', '/pcpd-warning/', '/regions/hong-kong/'],
    text: {
      en: 'Corrected: Hong Kong’s pause ran from 11 October 2024 to 3 November 2025. October 2024 to April 2025 was the period of the PCPD’s talks with LinkedIn, not the pause.',
      'zh-hk': '更正：香港的暫停期由2024年10月11日至2025年11月3日。2024年10月至2025年4月是私隱專員公署與領英溝通的期間，並非暫停期。',
    },
  },
  {
    date: '2026-11-29',
    routes: ['/pcpd-warning/', '/faq/', '/timeline/', '/regions/*'],
    text: {
      en: 'Corrected: LinkedIn names “legitimate interests” as its legal basis only for the EU, the EEA, Switzerland and the UK. No LinkedIn text applies it to Canada or Hong Kong.',
      'zh-hk': '更正：領英只就歐盟、歐洲經濟區、瑞士及英國表明以「正當權益」為法律依據，並沒有任何領英文件把這項依據套用於加拿大或香港。',
    },
    correctedOn: '2026-12-03',
    correction: {
      en: 'This was wrong. LinkedIn’s help page on the change, as quoted by TechRadar, says it relies on “legitimate interest” for members in Canada and Hong Kong too. That we had not found a text is not proof that none exists.',
      'zh-hk':
        '這項更正是錯的。據{en:TechRadar}引述，領英有關這次改動的說明頁指，領英對加拿大及香港的會員同樣以「正當權益」為依據。我們未找到某份文件，並不代表該文件不存在。',
    },
  },
  {
    date: '2026-11-29',
    routes: ['/opt-out/', '/faq/', '/regions/united-kingdom/'],
    text: {
      en: 'Added: the AI setting covers training by LinkedIn’s affiliates too, and for UK members it also stops LinkedIn sharing their content with Microsoft for Microsoft’s own AI models.',
      'zh-hk':
        '新增：人工智能設定亦涵蓋領英聯屬公司的訓練；對英國會員而言，關閉設定亦會停止領英把其內容交給微軟訓練微軟自家的人工智能模型。',
    },
  },
  {
    date: '2026-11-29',
    routes: ['/pcpd-warning/', '/faq/'],
    text: {
      en: 'Corrected: Data Protection Principle 3 is now stated in full. A “new purpose” excludes both the original purpose and any purpose directly related to it.',
      'zh-hk': '更正：現完整說明保障資料第3原則：「新目的」不包括原本的目的，亦不包括與之直接有關的目的。',
    },
  },
  {
    date: '2026-11-29',
    routes: ['/timeline/', '/regions/*'],
    text: {
      en: 'Updated: Ireland’s Data Protection Commission said LinkedIn would report back within five months, by about April 2026. We found no public outcome as of 29 November 2026, and the pages now say so.',
      'zh-hk':
        '更新：愛爾蘭資料保障委員會表示領英須在五個月內（約2026年4月）作出匯報。截至2026年11月29日，我們找不到任何公開結果，各頁現已註明。',
    },
  },
  {
    date: '2026-11-29',
    routes: ['/sources/'],
    text: {
      en: 'Corrected: several sources now carry their published titles, and the announcements by Canada’s and the UK’s regulators are no longer given dates they do not state.',
      'zh-hk': '更正：多項資料來源現採用其發表時的標題；加拿大及英國監管機構的公告，亦不再標上其本身沒有註明的日期。',
    },
  },
]);
