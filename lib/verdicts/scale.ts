/**
 * The verdict scale, in one place: its names, its public labels in both languages and the
 * numeric rating ClaimReview publishes. The desk, the public pages, the API and ClaimReview
 * all take a verdict's name and label from here, so one verdict never has two names.
 *
 * The rating answers "how far can a reader rely on the figure as reported?":
 *
 *   1 false         the figure is wrong
 *   2 misleading    the figure is right but presented so as to mislead
 *   3 disputed      credible sources disagree
 *   3 unverifiable  no evidence settles it either way
 *   5 verified      accurate
 *
 * Unverifiable shares the midpoint with disputed: neither confirms nor refutes the figure,
 * and ranking "nobody can tell" above or below "sources disagree" would claim a judgement
 * the desk did not make. `alternateName` tells the two apart. 4 is left unused on purpose:
 * the desk has no "mostly accurate" verdict, and inventing one to fill the scale would
 * publish a nuance no checker chose.
 *
 * Before this scale, ClaimReview rated disputed 1 (then read as "contradicted"); a disputed
 * verdict republished after the migration is rated 3.
 */

export const VERDICTS = ['verified', 'disputed', 'false', 'misleading', 'unverifiable'] as const;
export type Verdict = (typeof VERDICTS)[number];

/** Every status a claim can be in: the review states around the verdicts. */
export const CLAIM_STATUSES_V2 = ['unreviewed', 'in_review', ...VERDICTS, 'dismissed'] as const;
export type ClaimStatusV2 = (typeof CLAIM_STATUSES_V2)[number];

export type Bilingual = { ar: string; en: string };

export const BEST_RATING = 5;
export const WORST_RATING = 1;

export interface VerdictDefinition {
  /** The public name, the same on the desk, the public page and ClaimReview's alternateName. */
  label: Bilingual;
  /** One line for the public methodology page and the desk's verdict picker. */
  meaning: Bilingual;
  ratingValue: number;
}

export const VERDICT_SCALE: Record<Verdict, VerdictDefinition> = {
  verified: {
    label: { ar: 'صحيح', en: 'Accurate' },
    meaning: { ar: 'الرقم دقيق كما ورد.', en: 'The figure is accurate as reported.' },
    ratingValue: 5,
  },
  disputed: {
    label: { ar: 'مشكوك فيه', en: 'Disputed' },
    meaning: { ar: 'مصادر موثوقة تختلف على الرقم.', en: 'Credible sources disagree on the figure.' },
    ratingValue: 3,
  },
  false: {
    label: { ar: 'خاطئ', en: 'False' },
    meaning: { ar: 'الرقم خاطئ.', en: 'The figure is wrong.' },
    ratingValue: 1,
  },
  misleading: {
    label: { ar: 'مضلِّل', en: 'Misleading' },
    meaning: { ar: 'الرقم صحيح لكنه قُدِّم بطريقة مضلِّلة.', en: 'The figure is right but presented so as to mislead.' },
    ratingValue: 2,
  },
  unverifiable: {
    label: { ar: 'تعذّر التحقق', en: 'Unverifiable' },
    meaning: { ar: 'لا تتوفر أدلة تؤكد الرقم أو تنفيه.', en: 'No available evidence confirms or refutes the figure.' },
    ratingValue: 3,
  },
};

export function isVerdict(status: string): status is Verdict {
  return (VERDICTS as readonly string[]).includes(status);
}

export function verdictLabel(verdict: Verdict, locale: 'ar' | 'en'): string {
  return VERDICT_SCALE[verdict].label[locale];
}

/** The schema.org Rating of a verdict, with its label in the page's language. */
export function verdictRating(verdict: Verdict, locale: 'ar' | 'en') {
  return {
    '@type': 'Rating' as const,
    ratingValue: VERDICT_SCALE[verdict].ratingValue,
    bestRating: BEST_RATING,
    worstRating: WORST_RATING,
    alternateName: verdictLabel(verdict, locale),
  };
}

/**
 * Old status -> new status, for the data migration. Every old status keeps its name: the
 * old verdicts are a subset of the new ones, so the migration widens the CHECK constraints
 * (claims.status, review_events.from_status/to_status, verdict_publications.status) and
 * rewrites no row. The table exists so the migration states that decision in code and a
 * test fails if a status is ever renamed without a rule for its rows.
 */
export const STATUS_MIGRATION = {
  unreviewed: 'unreviewed',
  in_review: 'in_review',
  verified: 'verified',
  disputed: 'disputed',
  unverifiable: 'unverifiable',
  dismissed: 'dismissed',
} as const satisfies Record<'unreviewed' | 'in_review' | 'verified' | 'disputed' | 'unverifiable' | 'dismissed', ClaimStatusV2>;

export function migrateStatus(old: string): ClaimStatusV2 {
  const next = (STATUS_MIGRATION as Record<string, ClaimStatusV2>)[old];
  if (!next) throw new Error(`No migration rule for claim status "${old}".`);
  return next;
}

/**
 * Where a claim may go next, extending lib/claims/status.ts to the new verdicts: a verdict
 * can be reconsidered (back to review or straight to another verdict); a dismissed claim
 * can only be restored; an unreviewed claim may be judged directly.
 */
export const NEXT_STATUSES: Record<ClaimStatusV2, readonly ClaimStatusV2[]> = {
  unreviewed: ['in_review', ...VERDICTS, 'dismissed'],
  in_review: ['unreviewed', ...VERDICTS, 'dismissed'],
  verified: ['in_review', ...VERDICTS.filter((v) => v !== 'verified')],
  disputed: ['in_review', ...VERDICTS.filter((v) => v !== 'disputed')],
  false: ['in_review', ...VERDICTS.filter((v) => v !== 'false')],
  misleading: ['in_review', ...VERDICTS.filter((v) => v !== 'misleading')],
  unverifiable: ['in_review', ...VERDICTS.filter((v) => v !== 'unverifiable')],
  dismissed: ['unreviewed'],
};
