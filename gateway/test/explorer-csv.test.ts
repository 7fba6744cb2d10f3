import { byteOrderMark, firstList, tableToCsv, toTable, type Json } from '../explorer/src/csv';

/** The CSV the explorer downloads for a response's data. */
const csvOf = (data: Json) => tableToCsv(toTable(data)!);

describe('the explorer\'s CSV of a result', () => {
  it('takes the first list with rows, depth-first in the order of the fields', () => {
    const data = { session: { name: 'Kỳ họp thứ 5', voterRecommendationsDue: [], dossier: { entries: [{ a: 1 }] }, tasks: [{ b: 2 }] } };
    expect(firstList(data)).toEqual({ path: ['session', 'dossier', 'entries'], items: [{ a: 1 }] });
    expect(firstList({ session: { due: [] } })).toEqual({ path: ['session', 'due'], items: [] });
    expect(firstList({ agency: { name: 'UBND' } })).toBeUndefined();
    expect(toTable({ agency: null })).toBeUndefined();
  });

  it('starts with a byte-order mark, names nested fields by their path and keeps Vietnamese text as it is', () => {
    const csv = csvOf({ agency: { cases: { edges: [{ node: { subject: 'Rác thải tồn đọng tại ngõ 34 phố Cầu Giấy', agency: { shortName: 'UBND phường Cầu Giấy' }, due: { on: '2026-12-01' } } }] } } });
    expect(csv.startsWith(byteOrderMark)).toBe(true);
    expect(Buffer.from(csv, 'utf8').subarray(0, 3)).toEqual(Buffer.from([0xef, 0xbb, 0xbf]));
    expect(csv.slice(1)).toBe('subject,agency.shortName,due.on\r\nRác thải tồn đọng tại ngõ 34 phố Cầu Giấy,UBND phường Cầu Giấy,2026-12-01\r\n');
  });

  it('quotes commas, quotes and line breaks, and guards text a spreadsheet would run as a formula', () => {
    const csv = csvOf({
      rows: [
        { text: 'Đề nghị cải tạo vỉa hè, thoát nước', quote: 'Nói "rõ người, rõ việc"', lines: 'dòng 1\ndòng 2', formula: '=HYPERLINK("http://x")', plus: '+84 24 3825', minus: '-1', at: '@SUM(A1)', number: -3, flag: false, none: null },
      ],
    });
    expect(csv.slice(1)).toBe(
      'text,quote,lines,formula,plus,minus,at,number,flag,none\r\n' +
        '"Đề nghị cải tạo vỉa hè, thoát nước","Nói ""rõ người, rõ việc""","dòng 1\ndòng 2","\'=HYPERLINK(""http://x"")",\'+84 24 3825,\'-1,\'@SUM(A1),-3,false,\r\n',
    );
  });

  it('joins the values of a list inside a row in order, one column per leaf path, whatever the lengths', () => {
    const table = toTable({
      ranking: [
        { rank: 1, index: { agency: { id: 'council' }, components: [{ kind: 'AGENDA_DOCUMENT', rate: 100 }, { kind: 'SESSION_PROGRAMME', rate: 50 }] }, tags: ['a', 'b'] },
        { rank: null, index: { agency: { id: 'front' }, components: [] }, tags: [] },
      ],
    })!;
    expect(table.path).toBe('ranking');
    expect(table.header).toEqual(['rank', 'index.agency.id', 'index.components.kind', 'index.components.rate', 'tags']);
    expect(table.rows).toEqual([
      [1, 'council', 'AGENDA_DOCUMENT; SESSION_PROGRAMME', '100; 50', 'a; b'],
      [null, 'front', null, null, null],
    ]);
  });

  it('keeps one column per leaf across rows, dropping an object column that is only ever null', () => {
    const table = toTable({ cases: [{ id: '1', due: null }, { id: '2', due: { on: '2026-11-26' } }, { id: '3', extra: 'x' }] })!;
    expect(table.header).toEqual(['id', 'due.on', 'extra']);
    expect(table.rows).toEqual([
      ['1', null, null],
      ['2', '2026-11-26', null],
      ['3', null, 'x'],
    ]);
  });

  it('names a list of scalars after its field', () => {
    expect(csvOf({ agency: { roles: ['analyst', 'viewer'] } }).slice(1)).toBe('roles\r\nanalyst\r\nviewer\r\n');
  });
});
