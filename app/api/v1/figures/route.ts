import { assertCan } from '@/lib/auth/permissions';
import { createFigure } from '@/lib/figures-desk/create-figure';
import { listFigures } from '@/lib/figures-desk/list-figures';
import { apiRoute } from '@/lib/http/api';

export const GET = apiRoute(async ({ db, actor, request }) => {
  assertCan(actor, 'claims:read');
  // A list may lag a moment behind: it reads from a replica when there is one.
  return await listFigures(db.reader, Object.fromEntries(new URL(request.url).searchParams));
});

export const POST = apiRoute(async ({ body, db, actor }) => Response.json({ figure: await createFigure(db, actor, body) }, { status: 201 }));
