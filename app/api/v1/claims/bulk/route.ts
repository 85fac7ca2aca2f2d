import { bulkClaims } from '@/lib/claims/bulk-claims';
import { apiRoute } from '@/lib/http/api';

/** `{action: assign|dismiss|in_review, ids, assignee?, note?}` → `{done, refused}`. */
export const POST = apiRoute(async ({ body, db, actor }) => bulkClaims(db, actor, body));
