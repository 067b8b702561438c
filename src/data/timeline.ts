import { timelineEventSchema, type TimelineEvent } from './schema.ts';

/** The dated story, oldest first. Each entry cites the sources that establish it. */
export const timeline: readonly TimelineEvent[] = timelineEventSchema.array().parse([
  {
    id: 'training-starts-outside-europe',
    date: '2024-09-18',
    title: { en: 'LinkedIn starts training AI on members’ data' },
    summary: {
      en: 'Members find a new setting, switched on for them, that lets LinkedIn use their data to train generative-AI models. LinkedIn had not told them beforehand. Members in the EU, the EEA and Switzerland are left out; those in the UK, Hong Kong and Canada are not, until LinkedIn pauses for each of them in the weeks and months that follow.',
    },
    regions: ['elsewhere', 'uk', 'hong-kong', 'canada'],
    sources: ['hkfp-2024-10-15', 'ico-2024-09-20', 'opc-2024-12-10'],
  },
  {
    id: 'uk-suspended',
    date: '2024-09-20',
    title: { en: 'LinkedIn suspends training on UK members’ data' },
    summary: { en: 'After the UK Information Commissioner’s Office raised concerns, LinkedIn stops training on data from UK members.' },
    regions: ['uk'],
    sources: ['ico-2024-09-20'],
  },
  {
    id: 'pcpd-concern',
    date: '2024-10-03',
    title: { en: 'Hong Kong’s Privacy Commissioner raises concerns' },
    summary: {
      en: 'The PCPD questions whether a setting that is on by default reflects what users actually chose. It writes to LinkedIn and tells Hong Kong users how to withdraw their permission by switching the setting off.',
    },
    regions: ['hong-kong'],
    sources: ['thestandard-2024-10-03', 'hkfp-2024-10-15'],
  },
  {
    id: 'hong-kong-paused',
    date: '2024-10-11',
    title: { en: 'LinkedIn pauses training on Hong Kong members’ data' },
    summary: { en: 'LinkedIn tells the PCPD that, while the Commissioner’s concerns are being addressed, it has stopped using Hong Kong users’ data for this purpose from 11 October 2024.' },
    regions: ['hong-kong'],
    sources: ['pcpd-2024-10-15'],
  },
  {
    id: 'pcpd-welcomes-pause',
    date: '2024-10-15',
    title: { en: 'The PCPD welcomes the pause' },
    summary: { en: 'Privacy Commissioner Ada Chung Lai-ling welcomes LinkedIn’s decision and says her office will keep following the matter.' },
    regions: ['hong-kong'],
    sources: ['pcpd-2024-10-15'],
  },
  {
    id: 'pcpd-engagement',
    date: '2024-10',
    endDate: '2025-04',
    title: { en: 'Six months of talks between the PCPD and LinkedIn' },
    summary: {
      en: 'The PCPD keeps engaging with LinkedIn. LinkedIn undertakes that Hong Kong users will stay in control of whether their data is used, and that its processing will comply with the Personal Data (Privacy) Ordinance.',
    },
    regions: ['hong-kong'],
    sources: ['pcpd-media-statements'],
  },
  {
    id: 'canada-paused',
    date: '2024-12-10',
    title: { en: 'LinkedIn pauses training on Canadian members’ data' },
    summary: { en: 'The Office of the Privacy Commissioner of Canada announces that LinkedIn has paused using Canadians’ data to train its generative-AI models.' },
    regions: ['canada'],
    sources: ['opc-2024-12-10'],
  },
  {
    id: 'change-announced',
    date: '2025-09-18',
    title: { en: 'LinkedIn announces the change for 3 November 2025' },
    summary: {
      en: 'LinkedIn updates its User Agreement and Privacy Policy, effective 3 November 2025: it will train content-generating AI models on data from members in the EU, EEA, Switzerland, Canada, Hong Kong and the UK, with the setting on unless members switch it off.',
    },
    regions: ['eu', 'eea', 'switzerland', 'canada', 'hong-kong', 'uk'],
    sources: ['helpnetsecurity-2025-09-18', 'linkedin-privacy-policy'],
  },
  {
    id: 'ico-update',
    date: '2025-09-23',
    title: { en: 'The UK regulator says it will monitor' },
    summary: { en: 'The ICO updates its statement: LinkedIn has decided to resume training on UK members’ data, and the ICO will monitor how it does so. The ICO does not say it approved the plan.' },
    regions: ['uk'],
    sources: ['ico-2024-09-20'],
  },
  {
    id: 'pcpd-reminder',
    date: '2025-10',
    dateLabel: { en: 'Late October 2025' },
    title: { en: 'The PCPD reminds LinkedIn users to decide' },
    summary: {
      en: 'In the week before the change, the Privacy Commissioner reminds Hong Kong users to read LinkedIn’s updated privacy policy, especially the parts about training generative AI, and to decide whether they agree. The setting is on unless they switch it off.',
    },
    regions: ['hong-kong'],
    sources: ['pcpd-media-statements'],
  },
  {
    id: 'change-takes-effect',
    date: '2025-11-03',
    title: { en: 'The change takes effect' },
    summary: {
      en: 'From 3 November 2025 LinkedIn uses data of members in the EU, EEA, Switzerland, the UK, Canada and Hong Kong to train content-generating AI models, unless they have switched the setting off. It claims “legitimate interests” as its legal basis.',
    },
    regions: ['eu', 'eea', 'switzerland', 'canada', 'hong-kong', 'uk'],
    sources: ['linkedin-privacy-policy', 'helpnetsecurity-2025-09-18'],
  },
  {
    id: 'dpc-changes',
    date: '2025-11-07',
    title: { en: 'Ireland’s regulator secures changes, without approving' },
    summary: {
      en: 'Ireland’s Data Protection Commission, LinkedIn’s lead authority in the EU, says LinkedIn agreed to use less data from a shorter period, to do more to keep out under-18s’ data, to filter out some sensitive content, and to report back within five months. The DPC stresses it has not approved the processing.',
    },
    regions: ['eu', 'eea'],
    sources: ['irishlegal-2025-11-07'],
  },
]);
