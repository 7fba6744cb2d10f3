/**
 * A deadline request the law does not allow — an extension beyond the legal count or length, a missing session
 * date... `field` is the path in the engine's input at fault (`extensions.1.days`); the service prefixes its
 * argument name and answers BAD_USER_INPUT: `badInput(\`input.${error.field}\`, error.message)`.
 */
export class DeadlineRuleError extends Error {
  override readonly name = 'DeadlineRuleError';
  constructor(
    readonly field: string,
    message: string,
  ) {
    super(message);
  }
}
