/** A problem with how clawlint was invoked (bad flag, missing file): exit code 2, one line, no stack. */
export class UsageError extends Error {}
