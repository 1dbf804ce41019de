import { describe, expect, it } from 'vitest';
import { defuseFormula, toSafeCsv } from '../../electron/services/shared/csv';

describe('CSV export against formula injection (OWASP)', () => {
  it.each([['=1+1'], ['+1'], ['-1'], ['@SUM(A1)'], ['\t=1'], ['\r=1'], ['  =HYPERLINK("http://x.test")'], ['\u3000=1'], ['＝1+1'], ['＋1'], ['－1'], ['＠SUM(A1)']])(
    'defuses %j with a leading quote',
    (cell) => {
      expect(defuseFormula(cell)).toBe(`'${cell}`);
    },
  );

  it.each([['plain text'], ['a=b'], ['Olivia Officer'], ['1-2-3'], ['']])('leaves %j as it is', (cell) => {
    expect(defuseFormula(cell)).toBe(cell);
  });

  it('quotes as RFC 4180 needs, with CRLF rows, defusing text cells only', () => {
    const csv = toSafeCsv(['id', 'detail'] as const, [
      { id: 1, detail: 'say "hi", then\r\n=2' },
      { id: -2, detail: '\t@x' },
      { id: 3, detail: null },
    ]);
    expect(csv).toBe('id,detail\r\n1,"say ""hi"", then\r\n=2"\r\n-2,\'\t@x\r\n3,\r\n');
  });
});
