/**
 * Ranks the figures (and the earlier unlinked claims) a claim most likely refers to, with
 * the reasons a checker reads before accepting or rejecting each in one keystroke.
 */
import { claimProfile, figureProfile, hasFrom, type Profile } from './profile';
import { scoreProfile } from './scoring';
import type { ClaimFeatures, FigureCandidate, Reason, Suggestion } from './types';

export interface Candidates {
  figures: FigureCandidate[];
  /** Earlier claims; those linked to a figure are represented by it and skipped here. */
  claims: ClaimFeatures[];
}

export interface SuggestOptions {
  /** Suggestions the checker rejected for this claim. */
  rejected?: { figureIds?: Iterable<string>; claimIds?: Iterable<string> };
  /** At most this many suggestions (default 5). */
  limit?: number;
  /** Below this score nothing is shown (default MIN_SCORE). */
  minScore?: number;
}

/** Tuned on the benchmark corpus: roughly "same kind of count plus one more agreeing fact". */
export const MIN_SCORE = 4;

/** Candidate figures and earlier claims for `claim`, best first, rejected ones left out. */
export function suggestFigures(claim: ClaimFeatures, candidates: Candidates, options: SuggestOptions = {}): Suggestion[] {
  const rejectedFigures = new Set(options.rejected?.figureIds ?? []);
  const rejectedClaims = new Set(options.rejected?.claimIds ?? []);
  const figures = candidates.figures.filter((c) => !rejectedFigures.has(c.figure.id));
  const claims = candidates.claims.filter(
    (c) => !c.figureId && c.claimId !== claim.claimId && c.articleId !== claim.articleId && !rejectedClaims.has(c.claimId),
  );
  const profiled: [Profile, string | null, string | null][] = [
    ...figures.map((f) => [figureProfile(f), f.figure.id, null] as [Profile, string, null]),
    ...claims.map((c) => [claimProfile(c), null, c.claimId] as [Profile, null, string]),
  ];
  const idf = inverseFrequency(claim, profiled.map(([p]) => p));
  const min = options.minScore ?? MIN_SCORE;
  const scored: { p: Profile; figureId: string | null; claimId: string | null; score: number }[] = [];
  for (const [p, figureId, claimId] of profiled) {
    // A breakdown of a total ("انتهاكان في شوشا") is not the figure its total is linked to.
    if (claim.partOf && p.claimIds.has(claim.partOf)) continue;
    // A lone claim is weaker evidence than a figure a checker has already built.
    const score = scoreProfile(claim, p, idf, null) - (figureId ? 0 : 0.5);
    if (score >= min) scored.push({ p, figureId, claimId, score });
  }
  scored.sort((a, b) => b.score - a.score || (a.figureId ? 0 : 1) - (b.figureId ? 0 : 1));
  // Reasons are worded only for what is shown.
  return scored.slice(0, options.limit ?? 5).map(({ p, figureId, claimId, score }) => {
    const reasons: Reason[] = [];
    scoreProfile(claim, p, idf, reasons);
    return { figureId, claimId, score, reasons };
  });
}

function inverseFrequency(claim: ClaimFeatures, profiles: Profile[]): (w: string) => number {
  const n = profiles.length;
  const df = new Map<string, number>();
  for (const w of claim.words) {
    let k = 0;
    for (const p of profiles) if (hasFrom(p.words, w, claim.articleId)) k++;
    df.set(w, k);
  }
  // A word every candidate shares tells them apart less well than a word only one has.
  return (w) => 1 - (0.8 * (df.get(w) ?? 0)) / (n + 1);
}
