import type { toDeskClaim } from './desk-claim';

/**
 * A claim as the desk page sends it to the browser: without its history, which the panel
 * loads for the selected claim only (claim-history.tsx), and with only the fields it reads
 * (desk-claim.ts). `historyHead` is the id of the claim's newest event (0 for none): when a
 * change adds one, the panel loads it again.
 */
export type DeskClaim = ReturnType<typeof toDeskClaim>;

export interface DeskArticle {
  id: number;
  slug: string;
  title: string;
  body: string;
  language: string;
}

/** What the signed-in reviewer may do on the desk; the server checks it again on every call. */
export interface DeskAbilities {
  edit: boolean;
  publish: boolean;
}

export const statusColour = (status: string) => `var(--color-status-${status})`;
