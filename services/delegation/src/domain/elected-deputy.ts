/**
 * Khóa of the National Assembly a term's years make: the XV legislature sat 2021-2026 and each one lasts five years
 * (Constitution 2013, art. 71), so `2026-2031` is `XVI (2026-2031)`, the label delegation's deputies carry. Null
 * for years off that cycle.
 */
export function nationalAssemblyTermLabel(term: string): string | null {
  const match = /^(\d{4})-(\d{4})$/.exec(term);
  if (!match) return null;
  const [first, last] = [Number(match[1]), Number(match[2])];
  const offset = first - 2021;
  if (last - first !== 5 || offset < 0 || offset % 5 !== 0) return null;
  return `${roman(15 + offset / 5)} (${term})`;
}

const numerals: [number, string][] = [[50, 'L'], [40, 'XL'], [10, 'X'], [9, 'IX'], [5, 'V'], [4, 'IV'], [1, 'I']];

/** Roman numeral of 1-89. */
function roman(value: number): string {
  let rest = value;
  let out = '';
  for (const [amount, numeral] of numerals) {
    while (rest >= amount) {
      out += numeral;
      rest -= amount;
    }
  }
  return out;
}
