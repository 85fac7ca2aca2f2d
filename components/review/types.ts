import type { DeskClaim } from '@/db/queries/review-desk';

export type { DeskClaim };

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
