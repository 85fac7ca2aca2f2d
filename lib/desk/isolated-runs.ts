/**
 * Where a snippet needs bidi isolation: in a text whose first strong letter is Arabic, each
 * run of Latin words and numbers (with the spaces and punctuation between them, "OCHA Flash
 * Update #12", "5,000"); in a Latin text, each run of Arabic words. Each run becomes one
 * <bdi>, so bidi reordering cannot scramble a name or a figure inside the sentence.
 */
export interface Run {
  start: number;
  end: number;
  isolate: boolean;
}

const FIRST_STRONG = /[\p{Script=Arabic}\p{Script=Latin}]/u;
const LATIN_RUN = /[\p{Script=Latin}\p{Nd}]+(?:[\s.,:;%#&'’/()+\u2013-]+[\p{Script=Latin}\p{Nd}]+)*/gu;
const ARABIC_RUN = /[\p{Script=Arabic}]+(?:[\s\p{Nd}.,:;%/()\u060c-]+[\p{Script=Arabic}]+)*/gu;

export function isolatedRuns(text: string): Run[] {
  const rtl = /\p{Script=Arabic}/u.test(text.match(FIRST_STRONG)?.[0] ?? '');
  const pattern = new RegExp(rtl ? LATIN_RUN : ARABIC_RUN);
  const runs: Run[] = [];
  let at = 0;
  for (const m of text.matchAll(pattern)) {
    if (m.index > at) runs.push({ start: at, end: m.index, isolate: false });
    runs.push({ start: m.index, end: m.index + m[0].length, isolate: true });
    at = m.index + m[0].length;
  }
  if (at < text.length || runs.length === 0) runs.push({ start: at, end: text.length, isolate: false });
  return runs;
}
