/**
 * LinkedIn's own words and places, once: the labels of its interface that the guide tells readers to look for, and
 * the pages it sends them to. MDX uses them through <LinkedInLabel> and <LinkedInLink>, data strings through
 * `{linkedin:…}` placeholders (src/lib/linkedinPlaceholders.ts), components and tests import them directly.
 *
 * The labels stay in English on Chinese pages too: they are what LinkedIn's interface shows, and we have no source
 * we can quote for the wording of LinkedIn's Chinese interface, so a reader matches these words against the screen.
 * Chinese pages explain them in Chinese next to the label and mark the label itself lang="en", so a screen reader
 * says it in English.
 */
export const linkedinLabels = {
  /** The menu under the profile photo in the website's top bar. */
  me: 'Me',
  /** The website's settings page, from the Me menu. */
  settingsAndPrivacy: 'Settings & Privacy',
  /** The apps' settings, from the profile photo. */
  settings: 'Settings',
  /** The section of the settings that holds the AI setting. */
  dataPrivacy: 'Data privacy',
  /** The heading in Data privacy that the AI setting is listed under (website). */
  howLinkedInUsesYourData: 'How LinkedIn uses your data',
  /** The setting itself, as LinkedIn's help page names it. */
  aiSetting: 'Data for Generative AI Improvement',
  /** The switch inside the setting. */
  aiToggle: 'Use my data for training content creation AI models',
  /** The switch's state once switched off. */
  off: 'Off',
  /** LinkedIn's form for objecting formally to its processing (the guide adds "form" in its own words). */
  objectionForm: 'Data Processing Objection',
  /** The separate setting, among the advertising settings, for sharing data with Microsoft for ads. */
  dataSharing: 'Data sharing',
} as const;

export const linkedinUrls = {
  /** The AI setting itself; the reader must be signed in. */
  aiSetting: 'https://www.linkedin.com/mypreferences/d/settings/data-for-ai-improvement',
  /** The Data Processing Objection form. */
  objectionForm: 'https://www.linkedin.com/help/linkedin/ask/TS-DPRO',
} as const;

export type LinkedInLabelName = keyof typeof linkedinLabels;

/**
 * What each label means, for pages in another language: shown after the English label, in brackets, never in quotation
 * marks, because it is our explanation and not the wording of LinkedIn's interface in that language.
 */
export const linkedinLabelMeanings: { 'zh-hk': Record<LinkedInLabelName, string> } = {
  'zh-hk': {
    me: '我',
    settingsAndPrivacy: '設定及私隱',
    settings: '設定',
    dataPrivacy: '資料私隱',
    howLinkedInUsesYourData: '領英如何使用你的資料',
    aiSetting: '用於改進生成式人工智能的資料',
    aiToggle: '使用我的資料訓練內容創作人工智能模型',
    off: '關閉',
    objectionForm: '資料處理反對表格',
    dataSharing: '資料分享',
  },
};

/**
 * The word a page's language adds after a label that names one of LinkedIn's things but not what it is ("form"). It
 * belongs to the label, before the label's meaning, so a gloss never splits the noun: Data Processing Objection表格
 * （資料處理反對表格）. A page writes the label alone and gets the word with it.
 */
export const linkedinLabelNouns: { 'zh-hk': Partial<Record<LinkedInLabelName, string>> } = {
  'zh-hk': { objectionForm: '表格' },
};

/**
 * The apps' way to the setting (iPhone and Android alike), after tapping the profile photo: the opt-out page's app
 * steps (AppSteps.astro) and the line beside every button to the setting (SettingButton.astro) both read it.
 */
export const linkedinAppRoute = ['settings', 'dataPrivacy', 'aiSetting'] as const satisfies readonly LinkedInLabelName[];

/** The passages that describe that route: the PCPD's advice as the SCMP reported it, and Help Net Security's. */
export const linkedinAppRouteCites = 'scmp-2024-10-15#pcpd-data-privacy-path helpnetsecurity-2025-09-18#opt-out-path';

/** The passages that give the setting's and the switch's own names. */
export const linkedinLabelCites = 'linkedin-help-gai#member-setting-controls-training thestandard-users-alert#switch-label';

export type LinkedInUrlName = keyof typeof linkedinUrls;

/** The language LinkedIn's labels are in, whatever the page's language. */
export const linkedinLabelLang = 'en';

/** A URL as the guide prints it for the reader to recognise or type: without the scheme and `www.`. */
export function linkedinUrlText(name: LinkedInUrlName): string {
  return linkedinUrls[name].replace(/^https:\/\/(www\.)?/, '');
}

/** The setting's URL: the first screen's button and the tests link to it. */
export const linkedinSettingUrl = linkedinUrls.aiSetting;
