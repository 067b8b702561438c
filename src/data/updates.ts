import { updateSchema, type Update } from './schema.ts';

/**
 * What changed in the guide, newest first. Each page lists the entries that touched it ("Updates to this page"), and
 * the feeds (/updates.xml, /zh-hk/updates.xml) carry them all. Add an entry whenever a page's meaning changes;
 * a page's lastReviewed date says when it was last checked against its sources, whether or not it changed.
 */
export const updates: readonly Update[] = updateSchema.array().parse([
  {
    date: '2026-11-29',
    routes: ['/sources/', '/', '/opt-out/', '/faq/', '/pcpd-warning/', '/timeline/', '/why-now/', '/regions/', '/regions/*'],
    text: {
      en: 'Every citation now leads to the passage of its source that supports the sentence: the quote as published, the date we checked it, and a link that opens the source at that passage.',
      'zh-hk': '每個引用現在都連到來源中支持該句的段落：原文摘錄、我們核對的日期，以及可直接在原文中開啟該段的連結。',
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
  },
  {
    date: '2026-11-29',
    routes: ['/opt-out/'],
    text: {
      en: 'Corrected: it is LinkedIn’s privacy notice for Europe and the UK, not its global privacy policy, that links to the setting.',
      'zh-hk': '更正：連結至該設定的是領英為歐洲及英國而設的私隱通知，並非其全球私隱政策。',
    },
  },
  {
    date: '2026-11-29',
    routes: ['/pcpd-warning/', '/timeline/', '/regions/hong-kong/'],
    text: {
      en: 'Changed: we could not check the PCPD’s statement of late October 2025 against its text, so the pages no longer summarise it and say so instead.',
      'zh-hk': '修改：我們未能對照私隱專員公署2025年10月底聲明的原文，因此各頁不再撮述其內容，並如實註明。',
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
        '更正：2024年9月18日是領英公開表示在歐洲以外以會員資料訓練人工智能的日子，並非訓練開始的日子。各頁現改為「最遲由2024年9月起」。',
    },
  },
  {
    date: '2026-11-29',
    routes: ['/timeline/', '/pcpd-warning/', '/regions/hong-kong/'],
    text: {
      en: 'Corrected: Hong Kong’s pause ran from 11 October 2024 to 3 November 2025. October 2024 to April 2025 was the period of the PCPD’s talks with LinkedIn, not the pause.',
      'zh-hk': '更正：香港的暫停期由2024年10月11日至2025年11月3日。2024年10月至2025年4月是私隱專員公署與領英商討的期間，並非暫停期。',
    },
  },
  {
    date: '2026-11-29',
    routes: ['/pcpd-warning/', '/faq/', '/timeline/', '/regions/*'],
    text: {
      en: 'Corrected: LinkedIn names “legitimate interests” as its legal basis only for the EU, the EEA, Switzerland and the UK. No LinkedIn text applies it to Canada or Hong Kong.',
      'zh-hk': '更正：領英只就歐盟、歐洲經濟區、瑞士及英國表明以「正當權益」為法律依據，並沒有任何領英文件把它套用於加拿大或香港。',
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

/** Whether an update's route pattern covers a page's route. */
export function coversRoute(pattern: string, route: string): boolean {
  return pattern.endsWith('*') ? route.startsWith(pattern.slice(0, -1)) && route !== pattern.slice(0, -1) : pattern === route;
}

/** The updates that touched one page, newest first. */
export function updatesFor(route: string): Update[] {
  return updates.filter((u) => u.routes.some((p) => coversRoute(p, route))).sort((a, b) => b.date.localeCompare(a.date));
}
