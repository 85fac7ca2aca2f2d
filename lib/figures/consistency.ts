/**
 * Consistency checks: warnings on claims, never blocking. Within an article: parts that
 * should sum to a stated total, and a part (or "of them") larger than its whole. Within a
 * figure: one claimant giving different values on one day, and a value an order of
 * magnitude away from the figure's other claims.
 */
import { sameClaimant } from './claimant';
import { countedKey, eventOf } from './counted-key';
import { daysBetween } from './days';
import { compatible, lowerBound, upperBound } from './bounds';
import { countedText, type ClaimInput } from './features';
import { sentenceAt, sentences, type Sentence } from './text';
import type { ClaimFeatures, ConsistencyWarning } from './types';

const fmt = (n: number) => n.toLocaleString('en-US');

/** Between a total and its first part: the parts that follow make up the whole. */
const EXHAUSTIVE = /[:：(]|موزع|توزعت|distributed|divided/i;
/** Between a total and its first part: the parts that follow are some of it. */
const SOME_OF = /(^|[\s،,])(و?منها|و?منهم|و?بينها|و?بينهم|من بينهم|من بينها|including|of which|of whom|among them)([\s،,:]|$)/i;
/** After a claim: it counts some of the claim before ("لنحو خمسة آلاف شخص من هؤلاء"). */
const OF_THEM_AFTER = /^\s*(من هؤلاء|منهم|من بينهم|of them|among them|of those)/i;
/** Joins one part to the next: "انتهاكان في شوشا وثلاثة في مارتاكيرت", "two ... and three". */
const JOINER = /(^|[\s(])و|[،,]|\band\b/;
const MAX_LEAD = 80;
const MAX_JOIN = 60;

interface Placed {
  claim: ClaimInput;
  start: number;
  end: number;
}

function mentionsOf(c: ClaimInput): { start: number; end: number }[] {
  return c.mentions?.length ? c.mentions : [{ start: c.start, end: c.end }];
}

/** A stated total and the claims that break it down (or, "of them", a claim that is part of it). */
export interface Breakdown {
  total: ClaimInput;
  parts: ClaimInput[];
  /** The parts make up the whole (after a colon or in brackets): they must sum to it. */
  exhaustive: boolean;
}

/** Totals and their parts, read from the claims' spans and the text between them. */
export function breakdowns(text: string, claims: ClaimInput[]): Breakdown[] {
  const sents = sentences(text);
  const valued = claims.filter((c) => c.value !== null);
  // Parts are claims where they are first made; a total may be any mention of a claim.
  const starts: Placed[] = valued.map((c) => ({ claim: c, start: c.start, end: c.end })).sort((a, b) => a.start - b.start);
  const out: Breakdown[] = [];
  const isPart = new Set<ClaimInput>();
  for (const total of [...valued].sort((a, b) => a.start - b.start)) {
    // "(انتهاكان) وماردكرت (ثلاثة انتهاكات)": a part is not the total of the part after it.
    if (isPart.has(total)) continue;
    for (const m of mentionsOf(total)) {
      const found = partsAfter(text, sents, total, m, starts);
      if (!found) continue;
      for (const p of found.parts) isPart.add(p.claim);
      out.push({ total, parts: found.parts.map((p) => p.claim), exhaustive: found.exhaustive });
    }
  }
  for (const part of starts) {
    if (isPart.has(part.claim) || !OF_THEM_AFTER.test(text.slice(part.end, part.end + 30))) continue;
    const whole = wholeBefore(sents, part, starts);
    if (whole) out.push({ total: whole.claim, parts: [part.claim], exhaustive: false });
  }
  return out;
}

/** Warnings about the claims of one article: sums that do not hold, parts larger than their whole. */
export function checkArticle(text: string, claims: ClaimInput[]): ConsistencyWarning[] {
  const warnings: ConsistencyWarning[] = [];
  const seen = new Set<string>();
  for (const b of breakdowns(text, claims)) {
    for (const w of judgeParts(b.total, b.parts, b.exhaustive)) {
      const key = `${w.code}:${w.claimIds.join(',')}`;
      if (seen.has(key)) continue;
      seen.add(key);
      warnings.push(w);
    }
  }
  return warnings;
}

function partsAfter(
  text: string,
  sents: Sentence[],
  total: ClaimInput,
  at: { start: number; end: number },
  starts: Placed[],
): { parts: Placed[]; exhaustive: boolean } | null {
  const sentence = sentenceAt(sents, at.start);
  if (!sentence) return null;
  const event = eventOf(countedKey(countedText(total)));
  const next = starts.filter((p) => p.start >= at.end && p.start < sentence.end && p.claim !== total);
  if (!next.length) return null;
  const lead = text.slice(at.end, next[0].start);
  if (lead.length > MAX_LEAD) return null;
  const exhaustive = EXHAUSTIVE.test(lead);
  if (!exhaustive && !SOME_OF.test(lead)) return null;
  const parts: Placed[] = [];
  for (const p of next) {
    if (event && eventOf(countedKey(countedText(p.claim))) !== event) break;
    if (!event && p.claim.category !== total.category) break;
    if (parts.length) {
      const gap = text.slice(parts[parts.length - 1].end, p.start);
      if (gap.length > MAX_JOIN || !JOINER.test(gap)) break;
    }
    parts.push(p);
  }
  if (!parts.length) return null;
  // One part after a colon is an example, not a breakdown.
  return { parts, exhaustive: exhaustive && parts.length >= 2 };
}

/** The claim "of them" refers to: the nearest earlier claim in this or the two sentences before. */
function wholeBefore(sents: Sentence[], part: Placed, starts: Placed[]): Placed | null {
  const i = sents.findIndex((s) => part.start >= s.start && part.start < s.end);
  const from = sents[Math.max(0, i - 2)]?.start ?? 0;
  const before = starts.filter((p) => p.end <= part.start && p.start >= from && p.claim !== part.claim);
  return before.length ? before[before.length - 1] : null;
}

function judgeParts(total: ClaimInput, partClaims: ClaimInput[], exhaustive: boolean): ConsistencyWarning[] {
  const t = total.value!;
  const parts = partClaims.map((claim) => ({ claim }));
  const ids = [total.id, ...partClaims.map((c) => c.id)];
  const quotes = parts.map((p) => p.claim.quote);
  const sum = parts.reduce((s, p) => s + p.claim.value!, 0);
  const exact = total.qualifier === null && parts.every((p) => p.claim.qualifier === null);
  if (exhaustive && exact && sum !== t) {
    return [
      {
        code: 'sum-mismatch',
        message: {
          ar: `الأجزاء (${quotes.join(' + ')} = ${fmt(sum)}) لا تساوي المجموع المعلن (${total.quote} = ${fmt(t)})`,
          en: `The parts (${quotes.join(' + ')} = ${fmt(sum)}) do not add up to the stated total (${total.quote} = ${fmt(t)})`,
        },
        claimIds: ids,
      },
    ];
  }
  const low = parts.reduce((s, p) => s + lowerBound(p.claim.value!, p.claim.qualifier), 0);
  if (low > upperBound(t, total.qualifier)) {
    const what = parts.length === 1 ? quotes[0] : `${quotes.join(' + ')} = ${fmt(sum)}`;
    return [
      {
        code: 'subset-exceeds-whole',
        message: {
          ar: `الجزء (${what}) أكبر من الكل (${total.quote})`,
          en: `The part (${what}) is larger than the whole (${total.quote})`,
        },
        claimIds: ids,
      },
    ];
  }
  return [];
}

/** Days around a claim whose values it is compared with for an order-of-magnitude outlier. */
const MAGNITUDE_WINDOW_DAYS = 3;
const MAGNITUDE = 10;

/** Warnings across the claims linked to one figure. */
export function checkFigure(claims: ClaimFeatures[]): ConsistencyWarning[] {
  const warnings: ConsistencyWarning[] = [];
  const valued = claims.filter((c) => c.value !== null);

  // One claimant, one day, different values.
  const done = new Set<string>();
  for (const a of valued) {
    if (!a.claimantKey || done.has(a.claimId)) continue;
    const group = valued.filter((b) => b.articleDate === a.articleDate && sameClaimant(a.claimantKey, b.claimantKey));
    for (const b of group) done.add(b.claimId);
    // "at least 18,000" and "up to 20,000" is one range, "100 ألف" a rounding of 100,417.
    const clash = group.some((x, i) => group.some((y, j) => j > i && !compatible({ value: x.value!, qualifier: x.qualifier }, { value: y.value!, qualifier: y.qualifier })));
    if (!clash) continue;
    const values = [...new Set(group.map((b) => b.value!))];
    const list = values.map(fmt).join(', ');
    warnings.push({
      code: 'claimant-same-day-values',
      message: {
        ar: `المصدر نفسه (${a.claimant}) أعطى قيماً مختلفة في اليوم نفسه ${a.articleDate}: ${list}. تحديث أم تناقض؟`,
        en: `The same claimant (${a.claimant}) gave different values on ${a.articleDate}: ${list}. An update or a contradiction?`,
      },
      claimIds: group.map((b) => b.claimId),
    });
  }

  // Far from every other value of the figure: compared with claims made around the same
  // time, because a toll that rises tenfold over weeks is a story, not an error; and with the
  // nearest value, so one outlier does not make its neighbours look like outliers too.
  for (const a of valued) {
    const others = valued.filter((b) => b.claimId !== a.claimId && Math.abs(daysBetween(a.articleDate, b.articleDate)) <= MAGNITUDE_WINDOW_DAYS);
    if (others.length < 2 || a.value! <= 0) continue;
    let nearest = others[0].value!;
    for (const b of others) if (distance(a.value!, b.value!) < distance(a.value!, nearest)) nearest = b.value!;
    if (nearest > 0 && distance(a.value!, nearest) >= Math.log(MAGNITUDE) - 1e-9) {
      warnings.push({
        code: 'order-of-magnitude',
        message: {
          ar: `القيمة ${fmt(a.value!)} بعيدة بمرتبة عشرية أو أكثر عن كل قيم هذا الرقم في الفترة نفسها (أقربها ${fmt(nearest)})`,
          en: `The value ${fmt(a.value!)} is an order of magnitude or more away from every other value of this figure at the time (nearest ${fmt(nearest)})`,
        },
        claimIds: [a.claimId, ...others.map((b) => b.claimId)],
      });
    }
  }
  return warnings;
}

/** How far apart two values are, in orders of magnitude (natural log of their ratio). */
function distance(a: number, b: number): number {
  return b <= 0 ? Infinity : Math.abs(Math.log(a / b));
}

/** The warnings that involve one claim, for GET /claims/{id}. */
export function warningsFor(claimId: string, warnings: ConsistencyWarning[]): ConsistencyWarning[] {
  return warnings.filter((w) => w.claimIds.includes(claimId));
}
