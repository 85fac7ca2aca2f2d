/**
 * What the figure page states about its claims: the timeline (one series per claimant), the
 * range of values and the latest value per claimant, in words in both languages. The public
 * page passes only published claims; the desk passes all.
 */
import type { Qualifier } from '../extract';
import { sameClaimant } from './claimant';
import type { Day, Message } from './types';

export interface FigureClaim {
  claimId: string;
  articleId: string;
  articleDate: Day;
  claimant: string | null;
  claimantKey: string | null;
  value: number | null;
  qualifier: Qualifier | null;
  /** Review status or verdict as stored. */
  status: string;
}

export interface SeriesPoint {
  claimId: string;
  date: Day;
  value: number;
  qualifier: Qualifier | null;
  status: string;
}

export interface Series {
  /** The claimant as first written; null for claims the articles make themselves. */
  claimant: string | null;
  points: SeriesPoint[];
}

export interface FigureSummary {
  series: Series[];
  range: { min: number; max: number } | null;
  latest: { claimant: string | null; point: SeriesPoint }[];
  sentence: Message;
}

const QUALIFIER_AR: Record<Qualifier, string> = {
  'at least': 'على الأقل ',
  'more than': 'أكثر من ',
  'less than': 'أقل من ',
  about: 'نحو ',
  'up to': 'حتى ',
};

const fmt = (n: number) => n.toLocaleString('en-US');
const valueEn = (p: SeriesPoint) => `${p.qualifier ? `${p.qualifier} ` : ''}${fmt(p.value)}`;
const valueAr = (p: SeriesPoint) => `${p.qualifier ? QUALIFIER_AR[p.qualifier] : ''}${fmt(p.value)}`;

export function summarizeFigure(claims: FigureClaim[]): FigureSummary {
  const valued = claims.filter((c) => c.value !== null).sort((a, b) => a.articleDate.localeCompare(b.articleDate) || a.claimId.localeCompare(b.claimId));
  const series: Series[] = [];
  const keys: (string | null)[] = [];
  for (const c of valued) {
    // One series per source: spellings of one claimant ("the ombudsman", "ombudsman Stepanyan") merge.
    let i = keys.findIndex((k) => (k === null ? c.claimantKey === null : sameClaimant(k, c.claimantKey)));
    if (i < 0) {
      i = series.push({ claimant: c.claimant, points: [] }) - 1;
      keys.push(c.claimantKey);
    }
    series[i].points.push({ claimId: c.claimId, date: c.articleDate, value: c.value!, qualifier: c.qualifier, status: c.status });
  }
  const values = valued.map((c) => c.value!);
  const range = values.length ? { min: Math.min(...values), max: Math.max(...values) } : null;
  const latest = series.map((s) => ({ claimant: s.claimant, point: s.points[s.points.length - 1] }));
  return { series, range, latest, sentence: describe(range, latest) };
}

function describe(range: FigureSummary['range'], latest: FigureSummary['latest']): Message {
  if (!range) return { ar: 'لا توجد قيم منشورة لهذا الرقم بعد.', en: 'No values have been published for this figure yet.' };
  const rangeAr = range.min === range.max ? `القيمة المعلنة ${fmt(range.min)}.` : `تراوحت القيم المعلنة بين ${fmt(range.min)} و${fmt(range.max)}.`;
  const rangeEn = range.min === range.max ? `The value given is ${fmt(range.min)}.` : `Values given range from ${fmt(range.min)} to ${fmt(range.max)}.`;
  const partsAr = latest.map((l) => `${l.claimant ?? 'المقالات نفسها'}: ${valueAr(l.point)} (${l.point.date})`);
  const partsEn = latest.map((l) => `${l.claimant ?? 'the articles themselves'}: ${valueEn(l.point)} (${l.point.date})`);
  return {
    ar: `${rangeAr} آخر قيمة لكل مصدر: ${partsAr.join('؛ ')}.`,
    en: `${rangeEn} Latest value per source: ${partsEn.join('; ')}.`,
  };
}
