/** What a sentence and its paragraph are about, read once per sentence. */
import { sentenceContext, type SentenceContext } from './categories';
import type { Doc } from './document';

export class Contexts {
  private readonly sentences = new Map<number, SentenceContext>();
  private readonly ceasefireParas = new Map<number, boolean>();

  constructor(private readonly doc: Doc) {}

  /** Aid is read in the sentence; a ceasefire anywhere in the paragraph. */
  of(sent: number): SentenceContext {
    const own = this.sentence(sent);
    return { aid: own.aid, captivity: own.captivity, ceasefire: this.ceasefireParagraph(sent) };
  }

  private sentence(sent: number): SentenceContext {
    let ctx = this.sentences.get(sent);
    if (!ctx) {
      const words: string[] = [];
      for (let k = this.doc.sentStart[sent]; k < this.doc.sentEnd[sent]; k++) words.push(this.doc.tokens[k].text);
      ctx = sentenceContext(words);
      this.sentences.set(sent, ctx);
    }
    return ctx;
  }

  private ceasefireParagraph(sent: number): boolean {
    const { paraOf } = this.doc;
    const para = paraOf[sent];
    let found = this.ceasefireParas.get(para);
    if (found === undefined) {
      found = false;
      for (let s = sent; s >= 0 && paraOf[s] === para && !found; s--) found = this.sentence(s).ceasefire;
      for (let s = sent + 1; s < paraOf.length && paraOf[s] === para && !found; s++) found = this.sentence(s).ceasefire;
      this.ceasefireParas.set(para, found);
    }
    return found;
  }
}
