/** LinkedIn's own places the guide sends readers to: one definition for pages, components and data. */
export const linkedinSettingUrl = 'https://www.linkedin.com/mypreferences/d/settings/data-for-ai-improvement';
