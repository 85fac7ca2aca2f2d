import type { HTMLAttributes, ReactNode } from 'react';
import type { Segment } from '@/lib/articles/segment-text';

export interface MarkInfo {
  colour: string;
  /** Makes the mark a link (the public page links each span to its verdict). */
  href?: string;
  props?: HTMLAttributes<HTMLElement> & { [data: `data-${string}`]: string | number | boolean };
}

/**
 * The stored article text exactly as stored (offsets and all), with claim spans marked.
 * `pre-line` keeps the paragraph breaks without splitting the text into elements, so a
 * DOM selection maps straight back to offsets in the stored text.
 */
export function ArticleText({
  segments,
  markFor,
  lang,
  className = '',
}: {
  segments: Segment[];
  markFor: (claimIds: number[], segment: Segment) => MarkInfo | null;
  lang: string;
  className?: string;
}): ReactNode {
  return (
    <div
      lang={lang}
      dir={lang === 'ar' ? 'rtl' : 'ltr'}
      data-article-text
      className={`font-article text-lg leading-loose whitespace-pre-line ${className}`}
    >
      {segments.map((s) => {
        const mark = s.claimIds.length ? markFor(s.claimIds, s) : null;
        if (!mark) return <span key={s.start} data-offset={s.start}>{s.text}</span>;
        const marked = (
          <mark
            key={s.start}
            data-offset={s.start}
            data-claim={s.claimIds[0]}
            style={{ ['--claim-colour' as string]: mark.colour }}
            {...mark.props}
          >
            {s.text}
          </mark>
        );
        return mark.href ? (
          <a key={s.start} href={mark.href} className="no-underline">
            {marked}
          </a>
        ) : (
          marked
        );
      })}
    </div>
  );
}
