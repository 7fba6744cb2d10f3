import { escapeRegExp, searchWords } from '@hanoi/platform';
import { toCsv, type CsvValue } from '../src/csv';
import { shingles, similarityThreshold, textSimilarity } from '../src/domain/similarity';

describe('text similarity of cases (duplicates)', () => {
  it('is accent- and case-insensitive', () => {
    expect(textSimilarity('Rác thải tồn đọng tại ngõ 34 phố Cầu Giấy', 'RAC THAI TON DONG TAI NGO 34 PHO CAU GIAY')).toBe(1);
  });

  it('scores a reworded report of the same matter above the threshold, and another matter below', () => {
    const original = 'Rác thải tồn đọng tại ngõ 34 phố Cầu Giấy nhiều ngày không được thu gom';
    const reworded = 'Rac thai ton dong o ngo 34 pho Cau Giay, nhieu ngay khong thu gom';
    const other = 'Đề nghị sửa chữa đèn tín hiệu giao thông tại nút giao Kim Mã';
    expect(textSimilarity(original, reworded)).toBeGreaterThanOrEqual(similarityThreshold);
    expect(textSimilarity(original, other)).toBeLessThan(0.2);
  });

  it('keeps syllable pairs, so compound words count together', () => {
    expect(shingles('xây dựng không phép')).toEqual(new Set(['xay', 'dung', 'khong', 'phep', 'xay dung', 'dung khong', 'khong phep']));
    expect(textSimilarity('', '')).toBe(0);
  });
});

describe('search words', () => {
  it('fold and escape regular-expression metacharacters', () => {
    expect(searchWords('  Hàng  Bông ')).toEqual(['hang', 'bong']);
    expect(new RegExp(escapeRegExp('a.b*(c)[d]')).test('a.b*(c)[d]')).toBe(true);
    expect(new RegExp(escapeRegExp('a.b')).test('axb')).toBe(false);
  });
});

describe('CSV (RFC 4180)', () => {
  /** One field written alone: its record without the CRLF. */
  const csvField = (value: CsvValue) => toCsv(['x'], [[value]]).slice('x\r\n'.length, -2);

  it('quotes fields with commas, quotes, CR or LF and doubles inner quotes', () => {
    expect(csvField('plain')).toBe('plain');
    expect(csvField('a,b')).toBe('"a,b"');
    expect(csvField('say "hi"')).toBe('"say ""hi"""');
    expect(csvField('line1\nline2')).toBe('"line1\nline2"');
    expect(csvField('cr\rhere')).toBe('"cr\rhere"');
    expect(csvField(null)).toBe('');
    expect(csvField(42)).toBe('42');
    expect(csvField(false)).toBe('false');
    expect(csvField(true)).toBe('true');
  });

  it('neutralises spreadsheet formulas', () => {
    expect(csvField('=HYPERLINK("http://x")')).toBe(`"'=HYPERLINK(""http://x"")"`);
    expect(csvField('+1')).toBe("'+1");
    expect(csvField('-1')).toBe("'-1");
    expect(csvField('@SUM(A1)')).toBe("'@SUM(A1)");
    expect(csvField(-1)).toBe('-1');
  });

  it('ends every record with CRLF', () => {
    expect(toCsv(['a', 'b', 'c'], [['a', 'b c', null]])).toBe('a,b,c\r\na,b c,\r\n');
    expect(toCsv(['id', 'subject'], [['1', 'Đường, vỉa hè']])).toBe('id,subject\r\n1,"Đường, vỉa hè"\r\n');
    expect(toCsv(['id', 'subject'], [])).toBe('id,subject\r\n');
  });
});
