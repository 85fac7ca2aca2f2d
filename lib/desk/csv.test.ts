import { describe, expect, it } from 'vitest';
import { claimsCsv, claimsJson, EXPORT_COLUMNS, keysetPages, type ExportRow } from './claims-export';
import { attachmentHeader, BOM, csvCell, csvChunks, csvRecord, isoTimestamp, textStream } from './csv';

async function collect(chunks: AsyncIterable<string>): Promise<string> {
  let s = '';
  for await (const c of chunks) s += c;
  return s;
}

/** A strict RFC 4180 reader, to check what the writer wrote round-trips. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let i = 0;
  while (i < text.length) {
    let field = '';
    if (text[i] === '"') {
      i++;
      for (;;) {
        if (text[i] === '"' && text[i + 1] === '"') (field += '"'), (i += 2);
        else if (text[i] === '"') break;
        else field += text[i++];
      }
      i++;
    } else {
      while (i < text.length && text[i] !== ',' && text[i] !== '\r') field += text[i++];
    }
    row.push(field);
    if (text[i] === ',') i++;
    else if (text[i] === '\r' && text[i + 1] === '\n') (rows.push(row), (row = []), (i += 2));
    else if (i < text.length) throw new Error(`bad CSV at ${i}`);
  }
  return rows;
}

describe('csvCell', () => {
  it('quotes commas, quotes, CR and LF, doubling quotes', () => {
    expect(csvCell('plain')).toBe('plain');
    expect(csvCell('a,b')).toBe('"a,b"');
    expect(csvCell('say "9"')).toBe('"say ""9"""');
    expect(csvCell('two\nlines')).toBe('"two\nlines"');
    expect(csvCell('cr\rhere')).toBe('"cr\rhere"');
  });

  it('writes empty, numbers, booleans, dates and lists', () => {
    expect(csvCell(null)).toBe('');
    expect(csvCell(undefined)).toBe('');
    expect(csvCell(-3.5)).toBe('-3.5');
    expect(csvCell(Number.NaN)).toBe('');
    expect(csvCell(true)).toBe('true');
    expect(csvCell(new Date('2026-01-02T03:04:05Z'))).toBe('2026-01-02T03:04:05.000Z');
    expect(csvCell(['https://a.example/1', 'https://b.example/?q=1,2'])).toBe('"https://a.example/1\nhttps://b.example/?q=1,2"');
  });

  it('defuses text a spreadsheet would run as a formula', () => {
    expect(csvCell('=HYPERLINK("http://evil","x")')).toBe(`"'=HYPERLINK(""http://evil"",""x"")"`);
    expect(csvCell('+1')).toBe("'+1");
    expect(csvCell('-2+3')).toBe("'-2+3");
    expect(csvCell('@SUM(A1)')).toBe("'@SUM(A1)");
    expect(csvCell('\t=1')).toBe("'\t=1");
    expect(csvCell('a=1')).toBe('a=1');
  });

  it('ends every record with CRLF', () => {
    expect(csvRecord(['a', 1, null])).toBe('a,1,\r\n');
  });
});

const row = (id: number, over: Partial<ExportRow> = {}): ExportRow => ({
  claimId: id,
  articleSlug: 'talks',
  articleTitle: 'محادثات، الجولة الثانية',
  value: 5,
  qualifier: 'at least',
  counted: 'انتهاكات "وقف" إطلاق النار',
  category: 'violations',
  claimant: '=وزارة الدفاع',
  status: 'false',
  publishedVerdict: 'false',
  explanation: 'سطر أول\nسطر ثانٍ',
  evidenceUrls: ['https://a.example/1', 'https://b.example/2'],
  assignee: null,
  published: 'published',
  createdAt: new Date('2026-01-01T00:00:00Z'),
  updatedAt: new Date('2026-01-02T00:00:00Z'),
  publishedAt: new Date('2026-01-03T00:00:00Z'),
  ...over,
});

async function* pagesOf(rows: ExportRow[], size: number) {
  for (let i = 0; i < rows.length; i += size) yield rows.slice(i, i + size);
}

describe('isoTimestamp', () => {
  it('writes exactly what toISOString writes', () => {
    const samples = [0, 1, -1, 999, 86_399_999, 86_400_000, -86_400_001, 1_700_000_000_123, 951_782_400_000, 253_402_300_799_999, -62_167_219_200_000];
    for (let i = 0; i < 2000; i++) samples.push(Math.floor((Math.sin(i) * 0.5 + 0.5) * 4e12) - 1e12);
    for (const ms of samples) expect(isoTimestamp(new Date(ms)), String(ms)).toBe(new Date(ms).toISOString());
    expect(isoTimestamp(new Date(8.64e15))).toBe('+275760-09-13T00:00:00.000Z');
    expect(isoTimestamp(new Date(Number.NaN))).toBe('');
  });
});

describe('claims CSV', () => {
  it('starts with a BOM and a header, one record per claim, Arabic intact', async () => {
    const text = await collect(claimsCsv(pagesOf([row(1), row(2, { claimant: null, value: null })], 1)));
    expect(text.startsWith(BOM)).toBe(true);
    const records = parseCsv(text.slice(1));
    expect(records).toHaveLength(3);
    expect(records[0]).toEqual(EXPORT_COLUMNS.map((c) => c.key));
    const first = Object.fromEntries(records[0].map((k, i) => [k, records[1][i]]));
    expect(first).toMatchObject({
      claim_id: '1',
      article_title: 'محادثات، الجولة الثانية',
      counted: 'انتهاكات "وقف" إطلاق النار',
      claimant: "'=وزارة الدفاع",
      verdict: 'false',
      verdict_label: 'False',
      public_explanation: 'سطر أول\nسطر ثانٍ',
      evidence_urls: 'https://a.example/1\nhttps://b.example/2',
      assignee: '',
      published_at: '2026-01-03T00:00:00.000Z',
    });
    expect(records[2][EXPORT_COLUMNS.findIndex((c) => c.key === 'value')]).toBe('');
  });

  it('can head the columns in Arabic', async () => {
    const text = await collect(csvChunks(EXPORT_COLUMNS, pagesOf([], 10), 'ar'));
    expect(parseCsv(text.slice(1))[0][0]).toBe('رقم الادعاء');
  });

  it('reads at most one page ahead of the consumer', async () => {
    const fetched: Array<number | null> = [];
    const pages = keysetPages<ExportRow, number>(async (after) => {
      fetched.push(after);
      const start = after ?? 0;
      return { rows: [row(start + 1), row(start + 2)], next: start + 2 < 6 ? start + 2 : null };
    });
    const reader = textStream(claimsCsv(pages)).getReader();
    await reader.read(); // header
    expect(fetched.length).toBeLessThanOrEqual(1);
    await reader.read(); // first page
    expect(fetched.length).toBeLessThanOrEqual(2);
    let rest = '';
    const decoder = new TextDecoder();
    for (let r = await reader.read(); !r.done; r = await reader.read()) rest += decoder.decode(r.value, { stream: true });
    expect(fetched).toEqual([null, 2, 4]);
    expect(parseCsv(rest).map((r) => r[0])).toEqual(['3', '4', '5', '6']);
  });

  it('writes UTF-8 bytes with the BOM EF BB BF first', async () => {
    const reader = textStream(claimsCsv(pagesOf([], 1))).getReader();
    const { value } = await reader.read();
    expect([...value!.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  });

  it('stops reading pages when the client goes away', async () => {
    let fetched = 0;
    const pages = keysetPages<ExportRow, number>(async (after) => {
      fetched++;
      return { rows: [row((after ?? 0) + 1)], next: (after ?? 0) + 1 };
    });
    const reader = textStream(claimsCsv(pages)).getReader();
    await reader.read();
    await reader.read();
    await reader.cancel();
    const atCancel = fetched;
    expect(atCancel).toBeLessThanOrEqual(2);
    await new Promise((r) => setTimeout(r, 10));
    expect(fetched).toBe(atCancel);
  });
});

describe('claims JSON', () => {
  it('is one array of objects keyed like the CSV header', async () => {
    const text = await collect(claimsJson(pagesOf([row(1), row(2)], 1)));
    const data = JSON.parse(text);
    expect(data).toHaveLength(2);
    expect(data[0]).toMatchObject({ claim_id: 1, claimant: '=وزارة الدفاع', evidence_urls: ['https://a.example/1', 'https://b.example/2'] });
    expect(await collect(claimsJson(pagesOf([], 1)))).toBe('[]');
  });
});

describe('attachmentHeader', () => {
  it('names the file safely in ASCII and exactly in UTF-8', () => {
    expect(attachmentHeader('ادعاءات "x".csv')).toBe(
      `attachment; filename="_______ _x_.csv"; filename*=UTF-8''${encodeURIComponent('ادعاءات "x".csv')}`,
    );
  });
});
