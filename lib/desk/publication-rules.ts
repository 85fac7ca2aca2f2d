/**
 * The conditions a verdict must meet before the public sees it, as pure functions over a
 * claim snapshot. The publish use case refuses with every unmet rule at once (the API's
 * 422 `publish_rules`), and the "ready to publish" queue uses the same function, so the
 * desk never lists as ready a claim the publish button would refuse.
 */
import { DomainError } from '@/lib/errors';
import { isVerdict, type Bilingual } from '@/lib/verdicts/scale';
import { latestVerdictByReviewer, type ClaimSnapshot } from './claim-snapshot';

export const PUBLICATION_RULES = ['verdict', 'explanation', 'evidence', 'second_reviewer', 'reason'] as const;
export type PublicationRule = (typeof PUBLICATION_RULES)[number];

export interface UnmetRule {
  code: PublicationRule | 'not_published';
  message: Bilingual;
}

export interface PublicationOptions {
  /** Second pair of eyes; on by default, off for one-person desks (ISNAD_REQUIRE_SECOND_REVIEWER=false). */
  requireSecondReviewer?: boolean;
}

const MESSAGES: Record<UnmetRule['code'], Bilingual> = {
  verdict: {
    en: 'The claim has no verdict: mark it verified, disputed, false, misleading or unverifiable first.',
    ar: 'لا حكم على الادعاء بعد: اختر صحيح أو مشكوك فيه أو خاطئ أو مضلِّل أو تعذّر التحقق أولًا.',
  },
  explanation: {
    en: 'The verdict has no public explanation: write one for readers (the internal rationale is never published).',
    ar: 'لا شرح علنيًا للحكم: اكتب شرحًا للقرّاء (التعليل الداخلي لا يُنشر أبدًا).',
  },
  evidence: {
    en: 'A verdict other than "unverifiable" needs at least one evidence item.',
    ar: 'أي حكم غير «تعذّر التحقق» يحتاج إلى دليل واحد على الأقل.',
  },
  second_reviewer: {
    en: 'Someone other than the publishing editor must have reviewed the claim and reached this verdict.',
    ar: 'يجب أن يكون شخص غير المحرر الناشر قد راجع الادعاء وتوصّل إلى هذا الحكم.',
  },
  reason: {
    en: 'Correcting or withdrawing a published verdict needs a reason; it is shown in the public corrections log.',
    ar: 'تصحيح حكم منشور أو سحبه يحتاج إلى سبب، ويظهر في سجل التصحيحات العلني.',
  },
  not_published: {
    en: 'This verdict is not published, so there is nothing to withdraw.',
    ar: 'هذا الحكم غير منشور، فلا شيء لسحبه.',
  },
};

function unmet(code: UnmetRule['code']): UnmetRule {
  return { code, message: MESSAGES[code] };
}

const filled = (s: string | null | undefined) => !!s && s.trim().length > 0;

/** True when someone other than `publisherId` stands by the claim's current verdict. */
export function hasSecondReviewer(s: ClaimSnapshot, publisherId: number): boolean {
  if (!isVerdict(s.status)) return false;
  for (const [actorId, verdict] of latestVerdictByReviewer(s.reviews)) {
    if (actorId !== publisherId && verdict === s.status) return true;
  }
  return false;
}

/**
 * Every rule publishing the claim's current verdict would break, in a stable order; empty
 * when it may be published. Publishing over a verdict the public already sees is a
 * correction, so it needs a reason as well.
 */
export function unmetPublicationRules(
  s: ClaimSnapshot,
  publisherId: number,
  reason: string | null | undefined,
  options: PublicationOptions = {},
): UnmetRule[] {
  const out: UnmetRule[] = [];
  const verdict = isVerdict(s.status);
  if (!verdict) out.push(unmet('verdict'));
  if (!filled(s.explanation)) out.push(unmet('explanation'));
  if (verdict && s.status !== 'unverifiable' && s.evidenceCount < 1) out.push(unmet('evidence'));
  if ((options.requireSecondReviewer ?? true) && verdict && !hasSecondReviewer(s, publisherId)) out.push(unmet('second_reviewer'));
  if (s.publication && !filled(reason)) out.push(unmet('reason'));
  return out;
}

/** What withdrawing the public verdict would break: it must be published, and a reason given. */
export function unmetWithdrawalRules(s: ClaimSnapshot, reason: string | null | undefined): UnmetRule[] {
  const out: UnmetRule[] = [];
  if (!s.publication) out.push(unmet('not_published'));
  if (!filled(reason)) out.push(unmet('reason'));
  return out;
}

/** The 422 body of a refused publication, with the message in the asker's language. */
export function publishRulesError(rules: UnmetRule[], locale: 'ar' | 'en' = 'en') {
  const lead = locale === 'ar' ? 'لا يمكن النشر:' : 'Cannot publish:';
  return {
    status: 422 as const,
    body: {
      error: {
        code: 'publish_rules' as const,
        message: `${lead} ${rules.map((r) => r.message[locale]).join(' ')}`,
        unmet: rules.map((r) => ({ code: r.code, message: r.message[locale] })),
      },
    },
  };
}

/**
 * Thrown by the publish and withdraw use cases. A DomainError, so the existing API and
 * action wrappers already answer 422 with every rule in `fields` instead of a 500; the
 * API's exact `{error: {code: 'publish_rules', message, unmet}}` is `toResponseBody()`.
 */
export class PublicationRefused extends DomainError {
  constructor(
    readonly unmet: UnmetRule[],
    readonly locale: 'ar' | 'en' = 'en',
  ) {
    super(
      'invalid_transition',
      publishRulesError(unmet, locale).body.error.message,
      Object.fromEntries(unmet.map((r) => [r.code, r.message[locale]])),
    );
    this.name = 'PublicationRefused';
  }

  override get status(): number {
    return 422;
  }

  toResponseBody() {
    return publishRulesError(this.unmet, this.locale).body;
  }
}

/** Reads the one-person-desk switch; anything but false/0/no/off keeps the second reviewer. */
export function requireSecondReviewerFromEnv(value: string | undefined = process.env.ISNAD_REQUIRE_SECOND_REVIEWER): boolean {
  return !/^(false|0|no|off)$/i.test(value?.trim() ?? '');
}
