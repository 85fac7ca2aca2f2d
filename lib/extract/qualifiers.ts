/** "أكثر من"، "ما لا يقل عن"، "نحو"، "على الأقل"، "ما يصل إلى": how exact a number claims to be. */
import type { Qualifier } from './types';
import type { Token } from './tokenize';
import { normalizeKey } from './normalize';

type Pattern = [words: string[], qualifier: Qualifier];

const compile = (list: [string, Qualifier][]): Pattern[] =>
  list
    .map(([p, q]): Pattern => [normalizeKey(p).split(' '), q])
    // Longest first, so "ما لا يقل عن" wins over "لا يقل عن".
    .sort((a, b) => b[0].length - a[0].length);

const BEFORE = compile([
  ['أكثر من', 'more than'],
  ['ما يزيد على', 'more than'],
  ['ما يزيد عن', 'more than'],
  ['يزيد على', 'more than'],
  ['يزيد عن', 'more than'],
  ['ما يربو على', 'more than'],
  ['يربو على', 'more than'],
  ['أزيد من', 'more than'],
  ['ما يفوق', 'more than'],
  ['يفوق', 'more than'],
  ['ما لا يقل عن', 'at least'],
  ['لا يقل عن', 'at least'],
  ['لا تقل عن', 'at least'],
  ['على الأقل', 'at least'],
  ['في الأقل', 'at least'],
  ['على أقل تقدير', 'at least'],
  ['نحو', 'about'],
  ['حوالي', 'about'],
  ['حوالى', 'about'],
  ['قرابة', 'about'],
  ['زهاء', 'about'],
  ['ما يقارب', 'about'],
  ['يقارب', 'about'],
  ['ما يقرب من', 'about'],
  ['يقرب من', 'about'],
  ['ما يناهز', 'about'],
  ['يناهز', 'about'],
  ['تقريبا', 'about'],
  ['في حدود', 'about'],
  ['أقل من', 'less than'],
  ['ما دون', 'less than'],
  ['ما يقل عن', 'less than'],
  ['ما يصل إلى', 'up to'],
  ['يصل إلى', 'up to'],
  ['ما قد يصل إلى', 'up to'],
  ['حتى', 'up to'],
]);

const AFTER = compile([
  ['على الأقل', 'at least'],
  ['في الأقل', 'at least'],
  ['على الاقل', 'at least'],
  ['على أقل تقدير', 'at least'],
  ['تقريبا', 'about'],
  ['أو أكثر', 'at least'],
  ['فأكثر', 'at least'],
  ['ونيف', 'more than'],
  ['على الأكثر', 'up to'],
]);

/** Clitics a qualifier's first word may carry: "لنحو"، "بأكثر من"، "وحوالي". */
const CLITICS = new Set(['', 'و', 'ب', 'ل', 'ف', 'وب', 'ول', 'فب']);

export interface QualifierMatch {
  qualifier: Qualifier;
  /** First and last token of the qualifier. */
  first: number;
  last: number;
  /** Clitic letters to leave out of the quote at the start of the first token. */
  skip: number;
}

function firstWordMatches(token: Token, word: string): number {
  const t = token.text;
  if (!t.endsWith(word)) return -1;
  const clitic = t.slice(0, t.length - word.length);
  return CLITICS.has(clitic) ? clitic.length : -1;
}

/** A qualifier ending on the token just before `at`. */
export function qualifierBefore(tokens: Token[], at: number): QualifierMatch | null {
  const sent = tokens[at]?.sent;
  for (const [words, qualifier] of BEFORE) {
    const first = at - words.length;
    if (first < 0 || tokens[first].sent !== sent) continue;
    let ok = true;
    for (let k = 1; k < words.length && ok; k++) ok = tokens[first + k].text === words[k];
    if (!ok) continue;
    const skip = firstWordMatches(tokens[first], words[0]);
    if (skip >= 0) return { qualifier, first, last: at - 1, skip };
  }
  return null;
}

/** A qualifier starting on token `at` or, past one adjective, the token after it. */
export function qualifierAfter(tokens: Token[], at: number): QualifierMatch | null {
  const sent = tokens[at - 1]?.sent;
  for (const start of [at, at + 1]) {
    if (start === at + 1 && tokens[at]?.kind !== 'w') break;
    for (const [words, qualifier] of AFTER) {
      if (start + words.length > tokens.length) continue;
      let ok = true;
      for (let k = 0; k < words.length && ok; k++) {
        const t = tokens[start + k];
        ok = t.sent === sent && t.text === words[k];
      }
      if (ok) return { qualifier, first: start, last: start + words.length - 1, skip: 0 };
    }
  }
  return null;
}
