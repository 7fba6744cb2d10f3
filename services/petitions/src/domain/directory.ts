import { formatCalendarDate, isValidOn, type Validity } from '@hanoi/platform';

/**
 * What petitions knows of the committee's directory (agencies and administrative units), learned from its events:
 * enough to refuse unknown agencies and units, and to take the unit valid on the day a case was received
 * (records keep the geography of their date across the 1 July 2025 reform).
 */
/** "valid from 2025-07-01" / "valid until 2025-06-30" / "valid from … until …". */
export function describeValidity(validity: Validity): string {
  const from = validity.validFrom && `from ${formatCalendarDate(validity.validFrom)}`;
  const to = validity.validTo && `until ${formatCalendarDate(validity.validTo)}`;
  return [from, to].filter(Boolean).join(' ') || 'always';
}

/** Why `id` cannot be used on `date`, or undefined when it was valid then. */
export function validityProblem(id: string, validity: Validity, date: Date): string | undefined {
  return isValidOn(validity, date) ? undefined : `${id} is valid ${describeValidity(validity)}, not on ${formatCalendarDate(date)}`;
}
