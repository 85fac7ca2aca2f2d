import { z } from 'zod';
import { idSchema } from '@/lib/claims/inputs';
import { parseInput } from '@/lib/errors';
import { getFigureForDesk } from '@/lib/figures-desk/get-figure';
import { apiRoute } from '@/lib/http/api';

export const GET = apiRoute<{ id: string }>(async ({ db, actor, params }) =>
  getFigureForDesk(db, actor, parseInput(z.object({ id: idSchema('a figure id') }), params).id),
);
