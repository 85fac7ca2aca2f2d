import type { PageRequest } from '@/db/queries/article-page';

type Params = Record<string, string | string[] | undefined> | URLSearchParams;

/** The cursor a list page or API was asked for (`?after=` or `?before=`); anything else is ignored. */
export function pageRequestOf(params: Params): PageRequest {
  const get = (k: string) => {
    const v = params instanceof URLSearchParams ? params.get(k) : params[k];
    return typeof v === 'string' ? v : null;
  };
  return { after: get('after'), before: get('before') };
}
