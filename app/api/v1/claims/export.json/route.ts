import { exportClaims } from '@/lib/desk/export-claims';
import { apiRoute } from '@/lib/http/api';

export const GET = apiRoute(({ db, actor, request }) => exportClaims(db, actor, new URL(request.url).searchParams, 'json'));
