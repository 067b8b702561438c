import { faqSchema, type Faq } from './schema.ts';

/**
 * Questions readers ask, in the order the FAQ page shows them. Ids are public anchors (/faq/#can-i-undo-it):
 * never rename one. `[label](/path/)` links inside the guide; full URLs link out.
 */
export const faqs: readonly Faq[] = faqSchema.array().parse([
  {
    id: 'when-did-it-start',
    question: { en: 'When did LinkedIn start training AI on my data?' },
    answer: {
      en: [
        'If you are in the EU, the EEA, Switzerland, the UK, Canada or Hong Kong: from 3 November 2025, unless you had switched the setting off.',
        'Everywhere else, including the United States: from 18 September 2024. Members in the UK, Hong Kong and Canada were also included at first in 2024, until LinkedIn paused for each of them after their regulators stepped in. See the [full timeline](/timeline/).',
      ],
    },
    sources: ['linkedin-privacy-policy', 'hkfp-2024-10-15', 'ico-2024-09-20', 'pcpd-2024-10-15', 'opc-2024-12-10'],
  },
  {
    id: 'who-is-affected',
    question: { en: 'Who is affected?' },
    answer: {
      en: [
        'Every LinkedIn member whose setting is on, and it is on unless you switched it off. Members in the 27 EU countries, Iceland, Liechtenstein, Norway, Switzerland, the UK, Canada and Hong Kong were added on 3 November 2025; members elsewhere were already included.',
        'The [region checker](/regions/) tells you what applies where you are.',
      ],
    },
    sources: ['linkedin-privacy-policy', 'helpnetsecurity-2025-09-18'],
  },
  {
    id: 'how-do-i-opt-out',
    question: { en: 'How do I stop it?' },
    answer: {
      en: [
        'Open the setting Data for Generative AI Improvement and switch “Use my data for training content creation AI models” to Off. The direct link is [linkedin.com/mypreferences/d/settings/data-for-ai-improvement](https://www.linkedin.com/mypreferences/d/settings/data-for-ai-improvement). Every member can do this, wherever they live.',
        'Step-by-step instructions for the website, iPhone and Android are on the [opt-out page](/opt-out/).',
      ],
    },
    sources: ['linkedin-help-gai', 'linkedin-setting'],
  },
  {
    id: 'what-data',
    question: { en: 'What data does LinkedIn use?' },
    answer: {
      en: [
        'Your profile (such as your name, photo, positions, education, location, skills, summary, certifications, endorsements and recommendations), your posts, articles, comments and poll answers, your activity in groups, résumés and answers to screening questions you saved, and what you type into LinkedIn’s AI features.',
      ],
    },
    sources: ['linkedin-privacy-policy', 'helpnetsecurity-2025-09-18'],
  },
  {
    id: 'private-messages',
    question: { en: 'Does LinkedIn use my private messages?' },
    answer: {
      en: [
        'No. Private messages, including InMail, are not used, and neither are your login details, payment details or salary data.',
        'Messages in groups are a different matter: group activity and group messages may be used.',
      ],
    },
    sources: ['helpnetsecurity-2025-09-18', 'linkedin-privacy-policy'],
  },
  {
    id: 'under-18',
    question: { en: 'What about members under 18?' },
    answer: {
      en: [
        'LinkedIn says it leaves out members it believes to be under 18. That rests on what LinkedIn believes about your age, not on a check, so a teenager who gave an older birth date may still be included. Switching the setting off is the sure way.',
        'In November 2025 LinkedIn also told Ireland’s regulator it would strengthen its measures to keep under-18s’ data out.',
      ],
    },
    sources: ['helpnetsecurity-2025-09-18', 'irishlegal-2025-11-07'],
  },
  {
    id: 'can-i-undo-it',
    question: { en: 'Can I undo training that already happened?' },
    answer: {
      en: [
        'No. Switching the setting off stops LinkedIn using your data for training from then on. It does not remove your data from models that were already trained.',
        'That is why it is worth switching it off now rather than later.',
      ],
    },
    sources: ['linkedin-help-gai'],
  },
  {
    id: 'opted-out-in-2024',
    question: { en: 'I switched it off in 2024. Do I need to do it again?' },
    answer: {
      en: [
        'LinkedIn describes one setting, Data for Generative AI Improvement, and that is where your earlier choice is stored. Checking takes a few seconds: open the [direct link](https://www.linkedin.com/mypreferences/d/settings/data-for-ai-improvement) while signed in and make sure the switch shows Off.',
      ],
    },
    sources: ['linkedin-help-gai', 'linkedin-setting'],
  },
  {
    id: 'hong-kong-vs-elsewhere',
    question: { en: 'Is Hong Kong treated differently from other places?' },
    answer: {
      en: [
        'It was, for a year. After the PCPD raised concerns, LinkedIn paused training on Hong Kong members’ data from 11 October 2024. Since 3 November 2025 Hong Kong is treated like the EU, the UK, Switzerland and Canada: the setting is on unless you switch it off.',
        'Anyone, anywhere, can switch it off. The [PCPD’s warning](/pcpd-warning/) explains what Hong Kong’s regulator said.',
      ],
    },
    sources: ['pcpd-2024-10-15', 'linkedin-privacy-policy'],
  },
  {
    id: 'is-it-legal',
    question: { en: 'Is it legal to switch this on by default?' },
    answer: {
      en: [
        'LinkedIn says it relies on its “legitimate interests”, the basis it names in its notice for the EU and UK, and it applies the same approach to Canada and Hong Kong.',
        'Regulators have not endorsed it. In Hong Kong, the PCPD questioned whether a default setting reflects users’ real choices; Hong Kong’s Data Protection Principle 3 says personal data may not be used for a new purpose without the person’s express and voluntary consent. Ireland’s regulator says it has not approved the processing, and the UK’s says it will monitor it.',
      ],
    },
    sources: ['linkedin-privacy-policy', 'thestandard-2024-10-03', 'pdpo-cap486', 'irishlegal-2025-11-07', 'ico-2024-09-20'],
  },
  {
    id: 'objection-form',
    question: { en: 'What is the Data Processing Objection form? Do I need it?' },
    answer: {
      en: [
        'It is LinkedIn’s form for objecting formally to how it processes your data. Most people only need the setting. The form is for those who want their objection on record, for instance members in the EU, EEA, Switzerland or the UK exercising their right to object. It is at [linkedin.com/help/linkedin/ask/TS-DPRO](https://www.linkedin.com/help/linkedin/ask/TS-DPRO).',
      ],
    },
    sources: ['linkedin-objection-form'],
  },
  {
    id: 'microsoft',
    question: { en: 'Does LinkedIn share my data with Microsoft?' },
    answer: {
      en: [
        'From 3 November 2025, in some regions, LinkedIn shares more member data with Microsoft, its owner, so that Microsoft can show more personalised ads. A separate setting under advertising data controls this; switching off the AI setting does not.',
        'In the UK, some public content, such as posts, articles, Company Page data and job postings, may also go to Microsoft to train Microsoft’s own AI.',
      ],
    },
    sources: ['linkedin-privacy-policy', 'helpnetsecurity-2025-09-18'],
  },
  {
    id: 'delete-account',
    question: { en: 'Does deleting my account help?' },
    answer: {
      en: [
        'You do not need to delete your account to stop the training: switching the setting off does that. And like the setting, closing an account cannot take your data back out of models that were already trained.',
      ],
    },
    sources: ['linkedin-help-gai'],
  },
  {
    id: 'companies',
    question: { en: 'I manage a Company Page. What should I do?' },
    answer: {
      en: [
        'The setting belongs to each member’s own account, so each employee decides for themselves. If you want staff to have the choice, tell them about it.',
        'Company Page content is public. In the UK, LinkedIn may share Company Page data with Microsoft for Microsoft’s own AI.',
      ],
    },
    sources: ['linkedin-help-gai', 'linkedin-privacy-policy'],
  },
  {
    id: 'complain',
    question: { en: 'How do I complain to a regulator?' },
    answer: {
      en: [
        'Contact LinkedIn first if you can; regulators usually ask whether you did. Then go to the data protection authority where you live: the PCPD in Hong Kong, the ICO in the UK, the Office of the Privacy Commissioner in Canada, the FDPIC in Switzerland, or your national authority in the EU and EEA. Each [region page](/regions/) names the right one and links to it.',
      ],
    },
    sources: ['edpb-members', 'pcpd-2024-10-15'],
  },
  {
    id: 'who-is-pcpd',
    question: { en: 'Who is the PCPD?' },
    answer: {
      en: [
        'The Office of the Privacy Commissioner for Personal Data is Hong Kong’s privacy regulator. It enforces the Personal Data (Privacy) Ordinance, Cap. 486. The Commissioner is Ada Chung Lai-ling. Read [what it said about LinkedIn](/pcpd-warning/).',
      ],
    },
    sources: ['pcpd-2024-10-15', 'pdpo-cap486'],
  },
  {
    id: 'check-it-worked',
    question: { en: 'How do I check that it worked?' },
    answer: {
      en: [
        'Open the [direct link](https://www.linkedin.com/mypreferences/d/settings/data-for-ai-improvement) again while signed in. The switch next to “Use my data for training content creation AI models” should read Off.',
      ],
    },
    sources: ['linkedin-help-gai', 'linkedin-setting'],
  },
  {
    id: 'why-does-linkedin-want-it',
    question: { en: 'Why does LinkedIn want my data?' },
    answer: {
      en: [
        'Generative-AI models need huge amounts of human writing, and the supply of fresh public text is running short. A network of professional profiles and posts is exactly the kind of data AI developers look for. The [bigger picture](/why-now/) explains more.',
      ],
    },
    sources: ['technewsday-2024-12-15'],
  },
]);
