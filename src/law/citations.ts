import { REGISTRY_LAST_CHECKED, type SourceId, sources, type Text } from './sources';

/**
 * The citation registry: every article the national rules rest on, with its id (fixed by
 * `spec/claim-format.md`; shops key on them), where it stands, when it was in force, and whether
 * its article number is confirmed.
 *
 * `verified: false` marks an article whose content is established but whose number is not: the
 * legal reference could not see that part of the 2001 rule with its numbers (its `[#?]` label).
 * Such an article is named by its subject (关于三包有效期的规定, "the provision on the 三包
 * period"), never by a guessed number or range of numbers: text a consumer is handed cites it so,
 * and the verification status stays in the decision's JSON (`cite.verified`) and in the staff
 * legend (`citationLegend`).
 */

/**
 * How firmly the legal reference establishes an entry: `V` two or more independent reproductions,
 * `S` one reproduction only, `#?` content established but not the article number, `statute` read
 * from the official text of a law.
 */
export type Evidence = 'V' | 'S' | '#?' | 'statute';

export interface Citation {
  readonly id: string;
  readonly source: SourceId;
  /** The article as the document numbers it, or `null` when the whole document is cited. */
  readonly article: Text | null;
  /** Whether the article number is confirmed. */
  readonly verified: boolean;
  readonly evidence: Evidence;
  readonly effectiveFrom: string;
  readonly effectiveTo?: string;
  /** What the article says, paraphrased. */
  readonly summary: Text;
  readonly lastChecked: string;
}

/** A citation without what its article says: all that deciding a claim reads of it. */
export type CitationBasis = Omit<Citation, 'summary'>;

type Entry = Omit<CitationBasis, 'id' | 'source' | 'effectiveFrom' | 'lastChecked'> & {
  readonly effectiveFrom?: string;
};

const zhNumber = (n: number): string => {
  const digits = ['零', '一', '二', '三', '四', '五', '六', '七', '八', '九'];
  if (n < 10) return digits[n]!;
  if (n < 20) return `十${n % 10 === 0 ? '' : digits[n % 10]}`;
  if (n < 100) return `${digits[Math.floor(n / 10)]}十${n % 10 === 0 ? '' : digits[n % 10]}`;
  const hundreds = Math.floor(n / 100);
  const rest = n % 100;
  if (rest === 0) return `${digits[hundreds]}百`;
  if (rest < 10) return `${digits[hundreds]}百零${digits[rest]}`;
  return `${digits[hundreds]}百${rest < 20 ? '一' : ''}${zhNumber(rest)}`;
};

/** `第十一条` / `Art. 11`. */
export const articleNo = (n: number): Text => ({ 'zh-CN': `第${zhNumber(n)}条`, en: `Art. ${n}` });

const mp2001 = {
  art3: {
    article: articleNo(3),
    verified: true,
    evidence: 'V',
  },
  art4: {
    article: articleNo(4),
    verified: true,
    evidence: 'V',
  },
  art11: {
    article: articleNo(11),
    verified: true,
    evidence: 'V',
  },
  art12: {
    article: articleNo(12),
    verified: true,
    evidence: 'V',
  },
  art13: {
    article: articleNo(13),
    verified: true,
    evidence: 'V',
  },
  art14: {
    article: articleNo(14),
    verified: true,
    evidence: 'V',
  },
  art15: {
    article: articleNo(15),
    verified: true,
    evidence: 'V',
  },
  art16: {
    article: articleNo(16),
    verified: true,
    evidence: 'V',
  },
  art17: {
    article: articleNo(17),
    verified: true,
    evidence: 'V',
  },
  art18: {
    article: articleNo(18),
    verified: true,
    evidence: 'V',
  },
  art19: {
    article: articleNo(19),
    verified: true,
    evidence: 'S',
  },
  art31: {
    // The number is inferred from the 31-article count, not read: cited by its subject.
    article: { 'zh-CN': '关于施行日期的规定', en: 'the provision on its entry into force' },
    verified: false,
    evidence: '#?',
  },
  period: {
    article: { 'zh-CN': '关于三包有效期的规定', en: 'the provision on the 三包 period' },
    verified: false,
    evidence: '#?',
  },
  'lost-proof': {
    article: { 'zh-CN': '关于发货票及三包凭证遗失的规定', en: 'the provision on a lost invoice and card' },
    verified: false,
    evidence: '#?',
  },
  exclusions: {
    article: { 'zh-CN': '关于不实行三包的情形的规定', en: 'the provision on the cases outside 三包' },
    verified: false,
    evidence: '#?',
  },
  appendix1: {
    article: { 'zh-CN': '附录1 实施三包的移动电话机商品目录', en: 'Appendix 1 (products and periods)' },
    verified: true,
    evidence: 'V',
  },
  appendix2: {
    article: { 'zh-CN': '附录2 三包凭证', en: 'Appendix 2 (the 三包 card)' },
    verified: true,
    evidence: 'S',
  },
  appendix3: {
    article: { 'zh-CN': '附录3 移动电话机商品性能故障表', en: 'Appendix 3 (performance-fault table)' },
    verified: true,
    evidence: 'V',
  },
} satisfies Record<string, Entry>;

const cpl2013 = {
  art23: {
    article: articleNo(23),
    verified: true,
    evidence: 'statute',
  },
  art24: {
    article: articleNo(24),
    verified: true,
    evidence: 'statute',
  },
  art25: {
    article: articleNo(25),
    verified: true,
    evidence: 'statute',
  },
  'art25-1': {
    article: { 'zh-CN': '第二十五条第一款第（一）项', en: 'Art. 25(1)(i)' },
    verified: true,
    evidence: 'statute',
  },
  art26: {
    article: articleNo(26),
    verified: true,
    evidence: 'statute',
  },
  art55: {
    article: articleNo(55),
    verified: true,
    evidence: 'statute',
  },
} satisfies Record<string, Entry>;

const laterLaws = {
  nr2017: {
    source: 'nr2017',
    entry: {
      article: null,
      verified: true,
      evidence: 'V',
    },
  },
  'cplr2024:art18': {
    source: 'cplr2024',
    entry: {
      article: articleNo(18),
      verified: true,
      evidence: 'V',
    },
  },
  'cplr2024:art19': {
    source: 'cplr2024',
    entry: {
      article: articleNo(19),
      verified: true,
      evidence: 'S',
    },
  },
  'pql2018:art40': {
    source: 'pql2018',
    entry: {
      article: articleNo(40),
      verified: true,
      evidence: 'statute',
    },
  },
  'spc2022:art3': {
    source: 'spc2022',
    entry: {
      article: articleNo(3),
      verified: true,
      evidence: 'statute',
    },
  },
  tradein2025: {
    source: 'tradein2025',
    entry: {
      article: null,
      verified: true,
      evidence: 'S',
    },
  },
  tradein2026: {
    source: 'tradein2026',
    entry: {
      article: null,
      verified: true,
      evidence: 'S',
    },
  },
} satisfies Record<string, { readonly source: SourceId; readonly entry: Entry }>;

const periodCounting = {
  art201: {
    source: 'cc2020',
    number: 201,
  },
  art202: {
    source: 'cc2020',
    number: 202,
  },
  art203: {
    source: 'cc2020',
    number: 203,
  },
} satisfies Record<string, { readonly source: SourceId; readonly number: number }>;

/** The counting rule before 2017-10-01 (民法通则 Art. 154), by its full id. */
const earlierCounting = {
  'gpcl1986:art154': { source: 'gpcl1986', entry: { article: articleNo(154), verified: true, evidence: 'statute' } },
} satisfies Record<string, { readonly source: SourceId; readonly entry: Entry }>;

function build(): Record<StatuteCitationId, CitationBasis> {
  const all = {} as Record<StatuteCitationId, CitationBasis>;
  const add = (id: StatuteCitationId, source: SourceId, entry: Entry) => {
    const from = entry.effectiveFrom ?? sources[source].effectiveFrom;
    const to = entry.effectiveTo ?? sources[source].effectiveTo;
    all[id] = {
      ...entry,
      id,
      source,
      effectiveFrom: from,
      ...(to === undefined ? {} : { effectiveTo: to }),
      lastChecked: REGISTRY_LAST_CHECKED,
    };
  };
  for (const [key, entry] of Object.entries(mp2001)) add(`mp2001:${key}` as StatuteCitationId, 'mp2001', entry);
  for (const [key, entry] of Object.entries(cpl2013)) add(`cpl2013:${key}` as StatuteCitationId, 'cpl2013', entry);
  for (const [id, { source, entry }] of Object.entries(laterLaws)) add(id as StatuteCitationId, source, entry);
  for (const [key, { number }] of Object.entries(periodCounting)) {
    add(`cc2020:${key}` as StatuteCitationId, 'cc2020', { article: articleNo(number), verified: true, evidence: 'statute' });
    add(`gpcl2017:${key}` as StatuteCitationId, 'gpcl2017', { article: articleNo(number), verified: true, evidence: 'statute' });
  }
  for (const [id, { source, entry }] of Object.entries(earlierCounting)) add(id as StatuteCitationId, source, entry);
  return all;
}

/**
 * The id of a statutory citation: a literal union derived from the registry above, so that a
 * misspelt id in a rule (`'mp2001:art111'`) is a compile error.
 */
export type StatuteCitationId =
  | `mp2001:${keyof typeof mp2001}`
  | `cpl2013:${keyof typeof cpl2013}`
  | keyof typeof laterLaws
  | `cc2020:${keyof typeof periodCounting}`
  | `gpcl2017:${keyof typeof periodCounting}`
  | keyof typeof earlierCounting;

/** A clause of a profile, cited as `policy:<profile-id>:<clause>`. */
export type ClauseId = `policy:${string}`;

/** What a reason may rest on: an article of the statute, or a clause of the profile. */
export type CitationId = StatuteCitationId | ClauseId;

/** The article keys of the registry's groups, which ./citation-summaries.ts is keyed by. */
export type Mp2001Key = keyof typeof mp2001;
export type Cpl2013Key = keyof typeof cpl2013;
export type LaterLawId = keyof typeof laterLaws;
export type PeriodCountingKey = keyof typeof periodCounting;
export type EarlierCountingId = keyof typeof earlierCounting;

/** Every citation, by id, without what its article says: what deciding a claim reads. */
export const citationBases: Readonly<Record<StatuteCitationId, CitationBasis>> = build();

/**
 * Whether a string is the id of a statutory citation in the registry.
 *
 * @example
 * isStatuteCitationId('mp2001:art11') //=> true
 * isStatuteCitationId('mp2001:art111') //=> false
 */
export function isStatuteCitationId(id: unknown): id is StatuteCitationId {
  return typeof id === 'string' && Object.hasOwn(citationBases, id);
}

/**
 * The citation with this id, without what its article says: what a decision shows of it.
 *
 * @example
 * citationBasis('mp2001:art11').source //=> 'mp2001'
 */
export function citationBasis(id: StatuteCitationId): CitationBasis {
  const found = citationBases[id];
  if (found === undefined) throw new RangeError(`unknown citation id: ${id}`);
  return found;
}
