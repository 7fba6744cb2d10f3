import { badInput } from '@hanoi/platform';

/** A list of `{ field, message }` problems (fields relative to `input`) as one BAD_USER_INPUT naming the first. */
export function refuseInput(problems: readonly { field: string; message: string }[], argument = 'input'): void {
  if (problems.length === 0) return;
  const fields = problems.map((problem) => ({ field: `${argument}.${problem.field}`, message: problem.message }));
  throw badInput(fields[0]!.field, fields[0]!.message, { problems: fields });
}
