/** A URL slug from the Latin letters of a title or URL; null when there are too few. */
export function latinSlug(source: string): string | null {
  const slug = source
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 80)
    .replace(/-+$/, '');
  return slug.length >= 3 ? slug : null;
}

/** The last path segment of an article URL, the part that usually names the story. */
export function slugFromUrl(url: string | null | undefined): string | null {
  if (!url) return null;
  try {
    const segments = new URL(url).pathname.split('/').filter(Boolean);
    return latinSlug(decodeURIComponent(segments.at(-1) ?? ''));
  } catch {
    return null;
  }
}
