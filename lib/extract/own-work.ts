/**
 * A body reporting its own work: "تمكّن مشروع «مسام» من انتزاع 828 لغماً"، "نزع فريق «مسام» 10
 * ذخائر"، "وكان البرنامج قد أرسل … إلى 70 ألف شخص". No verb of saying names a source, but the
 * figure is the body's: it did the work and counted it. Used only for claims no source was found for.
 */
import type { Doc } from './document';
import { normalizeKey } from './normalize';
import { renderSource, subjectAfter, subjectBefore } from './source-phrases';

const WORK_VERBS = new Set(
  (
    'نزع نزعت انتزع انتزعت وزع وزعت أرسل أرسلت أوصل أوصلت أدخل أدخلت قدم قدمت انتشل انتشلت أنقذ أنقذت ' +
    'أجلى أجلت سير سيرت أزال أزالت أتلف أتلفت فكك فككت تمكن تمكنت'
  )
    .split(' ')
    .flatMap((w) => [w, `و${w}`, `ف${w}`])
    .map((w) => normalizeKey(w)),
);

/** Heads of a body's name: what does relief, rescue or clearance work and reports it. */
const BODIES = new Set(
  (
    'مشروع برنامج فريق فرق طواقم مصالح وحدات منظمة هيئة جمعية مركز الهلال الصليب الدفاع اللجنة لجنة وكالة مفوضية ' +
    'المنظمة الهيئة الجمعية المركز البرنامج المشروع الفريق الوكالة المفوضية'
  )
    .split(' ')
    .map((w) => normalizeKey(w)),
);

const ENABLED = new Set(['تمكن', 'تمكنت', 'وتمكن', 'وتمكنت']);

/** How many words before the figure the verb may stand. */
const REACH = 80;

/** The body whose own work the count at token `first` reports, or null. */
export function ownWorkSource(doc: Doc, first: number): string | null {
  const { tokens } = doc;
  const sent = tokens[first].sent;
  for (let k = first - 1; k >= 0 && k >= first - REACH && tokens[k].sent === sent; k--) {
    if (!WORK_VERBS.has(tokens[k].text)) continue;
    // "وكان البرنامج قد أرسل": the body stands before the verb.
    const subject = tokens[k - 1]?.text === 'قد' ? subjectBefore(doc, k) : subjectAfter(doc, k + 1, { verb: true });
    // "ونزع 38 لغماً" after "نزع فريق «مسام» 10 ذخائر"، "من نزع 748": the subject is further back.
    if (!subject) continue;
    if (!BODIES.has(tokens[subject[0]].text)) return null;
    // "تمكّن المشروع من انتزاع …": the subject ends at من.
    let end = subject[1];
    if (ENABLED.has(tokens[k].text)) for (let j = subject[0] + 1; j < end; j++) if (tokens[j].text === 'من') end = j;
    return renderSource(doc, [subject[0], end, subject[2]]);
  }
  return null;
}
