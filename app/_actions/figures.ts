'use server';
import { runMutation } from '@/lib/http/action';
import { createFigure } from '@/lib/figures-desk/create-figure';
import { linkClaimFigure } from '@/lib/figures-desk/link-claim-figure';
import { rejectSuggestion } from '@/lib/figures-desk/reject-suggestion';
import { reuseEarlierVerdict } from '@/lib/figures-desk/reuse-earlier-verdict';

export async function linkFigureAction(input: unknown) {
  return runMutation((db, actor) => linkClaimFigure(db, actor, input));
}

export async function rejectSuggestionAction(input: unknown) {
  return runMutation((db, actor) => rejectSuggestion(db, actor, input));
}

export async function reuseVerdictAction(input: unknown) {
  return runMutation((db, actor) => reuseEarlierVerdict(db, actor, input));
}

/** A figure named from a claim, then the claim linked to it (each step checks the role again). */
export async function createFigureForClaimAction(input: unknown) {
  // The use cases parse each part (claim id, version, figure fields) with their own schemas.
  const { claimId, version, figure: fields } = (input ?? {}) as { claimId?: unknown; version?: unknown; figure?: unknown };
  return runMutation(async (db, actor) => {
    const figure = await createFigure(db, actor, fields);
    return linkClaimFigure(db, actor, { claimId, figureId: figure.id, version });
  });
}
