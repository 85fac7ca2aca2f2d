import { apiRoute } from '@/lib/http/api';
import { signOutEverywhere } from '@/lib/users/sign-out-everywhere';

/** Ends every session of the caller, this browser's too. */
export const POST = apiRoute(async ({ db, actor }) => signOutEverywhere(db, actor));
