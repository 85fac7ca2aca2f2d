import { getChainHead } from '@/db/queries/chain-head';
import { apiRoute } from '@/lib/http/api';

/**
 * Public: the head of the tamper-evident history, so outsiders can pin it and later check
 * that the desk's history only ever grew. Never cached: a stale head would be no pin at all.
 */
export const GET = apiRoute(async ({ db }) => Response.json(await getChainHead(db), { headers: { 'Cache-Control': 'no-store' } }));
