import Link from 'next/link';

interface PagerProps {
  /** The list's own path; the cursor goes in its query string. */
  path: string;
  next: string | null;
  prev: string | null;
  labels: { nav: string; next: string; prev: string; size: string };
  /** Other parameters of the page (e.g. `period=7`) the links keep. */
  query?: string;
}

/** Newer / older links of a keyset-paginated list, and the page size the list states. */
export function Pager({ path, next, prev, labels, query }: PagerProps) {
  const keep = query ? `${query}&` : '';
  return (
    <nav aria-label={labels.nav} className="flex flex-wrap items-center gap-4 text-sm" data-pager>
      <span className="text-stone-600">{labels.size}</span>
      {prev && (
        <Link href={`${path}?${keep}before=${encodeURIComponent(prev)}`} rel="prev" className="text-accent underline" data-prev>
          {labels.prev}
        </Link>
      )}
      {next && (
        <Link href={`${path}?${keep}after=${encodeURIComponent(next)}`} rel="next" className="text-accent underline" data-next>
          {labels.next}
        </Link>
      )}
    </nav>
  );
}
