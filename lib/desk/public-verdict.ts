/**
 * What the public sees of a verdict, built one way for the publish preview, the stored
 * publication and the public page, so the preview is exactly what will be published.
 * The snapshot is made by picking public fields, never by removing private ones: the
 * checkers' rationale, comments and evidence notes are internal and have no field here,
 * so a new internal column can never leak by being forgotten in a list of exclusions.
 */
import type { Stance } from '@/lib/vocabulary';
import { VERDICT_SCALE, isVerdict, type Bilingual, type Verdict } from '@/lib/verdicts/scale';
import type { ClaimantKind } from '@/lib/verdicts/claim-review-v2';

export interface PublicationSnapshot {
  verdict: Verdict;
  explanation: string;
  claim: {
    quote: string;
    start: number;
    end: number;
    value: number | null;
    qualifier: string | null;
    counted: string;
    category: string;
    claimant: string | null;
    claimantKind: ClaimantKind | null;
  };
  evidence: Array<{ url: string; title: string | null; stance: Stance }>;
}

/** The claim as the desk holds it: any extra (internal) fields are ignored. */
export interface DeskClaim {
  status: string;
  explanation: string | null;
  quote: string;
  start: number;
  end: number;
  value: number | null;
  qualifier: string | null;
  counted: string;
  category: string;
  claimant: string | null;
  claimantKind?: ClaimantKind | null;
}

/**
 * The snapshot publishing would store now, or null when the claim has no verdict or no
 * explanation (the publication rules say which; this only refuses to invent a public text).
 */
export function publicationSnapshot(
  claim: DeskClaim,
  evidence: ReadonlyArray<{ url: string; title: string | null; stance: Stance; removedAt?: Date | null }>,
): PublicationSnapshot | null {
  const explanation = claim.explanation?.trim();
  if (!isVerdict(claim.status) || !explanation) return null;
  return {
    verdict: claim.status,
    explanation,
    claim: {
      quote: claim.quote,
      start: claim.start,
      end: claim.end,
      value: claim.value,
      qualifier: claim.qualifier,
      counted: claim.counted,
      category: claim.category,
      claimant: claim.claimant,
      claimantKind: claim.claimantKind ?? null,
    },
    evidence: evidence.filter((e) => !e.removedAt).map((e) => ({ url: e.url, title: e.title, stance: e.stance })),
  };
}

export interface PublicVerdictView extends PublicationSnapshot {
  label: Bilingual;
  ratingValue: number;
}

/** The page's (and the preview's) view of a snapshot: with the verdict's public name and rating. */
export function publicVerdictView(snapshot: PublicationSnapshot): PublicVerdictView {
  const { label, ratingValue } = VERDICT_SCALE[snapshot.verdict];
  return { ...snapshot, label, ratingValue };
}
