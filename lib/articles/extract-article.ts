/**
 * The article in a fetched HTML page: its text (by Mozilla's Readability, the reader view
 * of Firefox, on linkedom's DOM) and the metadata the import form asks for. Pure: HTML in,
 * fields out; fetch-article.ts does the network.
 */
import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';

export interface ExtractedArticle {
  title: string | null;
  /** The outlet's name: og:site_name, else the JSON-LD publisher. */
  outlet: string | null;
  /** YYYY-MM-DD as the page states it (the publisher's own calendar day), or null. */
  publishedDate: string | null;
  /** The page's canonical address (absolute http(s)), else the address it was fetched from. */
  canonicalUrl: string;
  /** 'ar' or 'en' when the page says so (html lang), else null. */
  language: 'ar' | 'en' | null;
  /** Paragraphs separated by a blank line, whitespace inside each collapsed. */
  text: string;
}

type Doc = ReturnType<typeof parseHTML>['document'];
type El = NonNullable<ReturnType<Doc['querySelector']>>;

const clean = (s: string | null | undefined): string | null => {
  const t = s?.replace(/\s+/g, ' ').trim();
  return t ? t : null;
};

function meta(doc: Doc, ...keys: string[]): string | null {
  for (const key of keys) {
    const el = doc.querySelector(`meta[property="${key}"], meta[name="${key}"], meta[itemprop="${key}"]`);
    const value = clean(el?.getAttribute('content'));
    if (value) return value;
  }
  return null;
}

/** Every JSON-LD object on the page, flattening @graph and arrays; broken blocks are skipped. */
function jsonLd(doc: Doc): Record<string, unknown>[] {
  const out: Record<string, unknown>[] = [];
  const visit = (v: unknown) => {
    if (Array.isArray(v)) v.forEach(visit);
    else if (v && typeof v === 'object') {
      out.push(v as Record<string, unknown>);
      if ('@graph' in v) visit((v as { '@graph': unknown })['@graph']);
    }
  };
  for (const script of doc.querySelectorAll('script[type="application/ld+json"]')) {
    try {
      visit(JSON.parse(script.textContent ?? ''));
    } catch {
      // A malformed block says nothing; the other sources still may.
    }
  }
  return out;
}

const ARTICLE_TYPES = /Article|Posting|Report|BlogPosting/;
const isArticle = (o: Record<string, unknown>) => [o['@type']].flat().some((t) => typeof t === 'string' && ARTICLE_TYPES.test(t));

function ldString(v: unknown): string | null {
  if (typeof v === 'string') return clean(v);
  if (v && typeof v === 'object' && 'name' in v) return ldString((v as { name: unknown }).name);
  if (Array.isArray(v)) return ldString(v[0]);
  return null;
}

/** The calendar day a date string states, as written: "2023-09-22T23:30:00+03:00" is the 22nd. */
export function dayOf(value: string | null | undefined): string | null {
  const v = value?.trim();
  if (!v) return null;
  const iso = v.match(/^(\d{4})-(\d{2})-(\d{2})/);
  if (iso) return validDay(`${iso[1]}-${iso[2]}-${iso[3]}`);
  const parsed = Date.parse(v);
  return Number.isNaN(parsed) ? null : new Date(parsed).toISOString().slice(0, 10);
}

function validDay(day: string): string | null {
  const d = new Date(`${day}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === day ? day : null;
}

function httpUrl(href: string | null | undefined, base: string): string | null {
  if (!href) return null;
  try {
    const u = new URL(href.trim(), base);
    return u.protocol === 'http:' || u.protocol === 'https:' ? u.href : null;
  } catch {
    return null;
  }
}

function language(doc: Doc): 'ar' | 'en' | null {
  const lang = (doc.documentElement?.getAttribute('lang') ?? meta(doc, 'og:locale', 'language') ?? '').toLowerCase();
  if (lang.startsWith('ar')) return 'ar';
  if (lang.startsWith('en')) return 'en';
  return null;
}

const BLOCK = new Set([
  'ADDRESS', 'ARTICLE', 'ASIDE', 'BLOCKQUOTE', 'DD', 'DIV', 'DL', 'DT', 'FIGCAPTION', 'FIGURE', 'FOOTER', 'H1', 'H2', 'H3',
  'H4', 'H5', 'H6', 'HEADER', 'HR', 'LI', 'MAIN', 'OL', 'P', 'PRE', 'SECTION', 'TABLE', 'TR', 'UL',
]);
const SKIP = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'SVG', 'BUTTON', 'FORM']);

/** Text with one paragraph per block element: Readability's textContent runs them together. */
export function blockText(root: El): string {
  const paragraphs: string[] = [];
  let current = '';
  const flush = () => {
    const p = current.replace(/[ \t\f\v\r\n\u00a0]+/g, ' ').trim();
    if (p) paragraphs.push(p);
    current = '';
  };
  const walk = (node: El | ChildNode) => {
    if (node.nodeType === 3) {
      current += node.textContent ?? '';
      return;
    }
    if (node.nodeType !== 1) return;
    const tag = (node as El).tagName.toUpperCase();
    if (SKIP.has(tag)) return;
    if (tag === 'BR') return flush();
    const block = BLOCK.has(tag);
    if (block) flush();
    // A cell ends with a space so a table row reads as one line of words.
    for (const child of (node as El).childNodes) walk(child as ChildNode);
    if (tag === 'TD' || tag === 'TH') current += ' ';
    if (block) flush();
  };
  walk(root);
  flush();
  return paragraphs.join('\n\n');
}

/** Title, outlet, date, canonical URL and text of an HTML page fetched from `pageUrl`. */
export function extractArticle(html: string, pageUrl: string): ExtractedArticle {
  const { document } = parseHTML(html);
  const ld = jsonLd(document);
  const ldArticle = ld.find(isArticle);

  const timeEl = document.querySelector('article time[datetime], time[datetime]');
  const publishedDate =
    dayOf(meta(document, 'article:published_time', 'og:published_time', 'datePublished')) ??
    dayOf(typeof ldArticle?.datePublished === 'string' ? ldArticle.datePublished : null) ??
    dayOf(ld.map((o) => o.datePublished).find((d): d is string => typeof d === 'string')) ??
    dayOf(timeEl?.getAttribute('datetime')) ??
    dayOf(meta(document, 'pubdate', 'publish-date', 'date', 'dc.date', 'DC.date.issued'));

  const outlet =
    meta(document, 'og:site_name', 'application-name') ??
    ldString(ldArticle?.publisher) ??
    ldString(ld.find((o) => o['@type'] === 'Organization' || o['@type'] === 'NewsMediaOrganization')?.name);

  const canonicalUrl =
    httpUrl(document.querySelector('link[rel="canonical"]')?.getAttribute('href'), pageUrl) ??
    httpUrl(meta(document, 'og:url'), pageUrl) ??
    pageUrl;

  const metaTitle = meta(document, 'og:title', 'twitter:title') ?? ldString(ldArticle?.headline) ?? clean(document.querySelector('h1')?.textContent);
  const lang = language(document);

  // Readability rewrites the document it reads, so it runs last, on what is left of a copy.
  const body = document.body?.cloneNode(true) as El | undefined;
  let parsed: ReturnType<Readability<Node>['parse']> = null;
  try {
    parsed = new Readability(document as unknown as Document, { serializer: (el: Node) => el, keepClasses: false }).parse();
  } catch {
    // Markup Readability cannot walk: the whole body's text below is still the article.
  }
  let text = parsed?.content ? blockText(parsed.content as unknown as El) : '';
  if (text.length < 200 && body) {
    // A page Readability cannot score (a bare <p>, say) still has its text.
    const whole = blockText(body);
    if (whole.length > text.length) text = whole;
  }

  const title = metaTitle ?? clean(parsed?.title) ?? clean(document.title);
  // The headline is imported as the title; the body starts with the first paragraph.
  if (title && text.startsWith(`${title}\n\n`)) text = text.slice(title.length + 2);

  return {
    title,
    outlet,
    publishedDate,
    canonicalUrl,
    language: lang,
    text,
  };
}
