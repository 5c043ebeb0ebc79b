/**
 * Three-valued logic for rules over departments that may be unavailable: `null` is "unknown",
 * so a rule can only match on inputs that were actually observed.
 */
export type Truth = boolean | null;

/** Unknown when the department is unavailable, else the test's answer. */
export function knownWith<T>(department: T | null, test: (department: T) => boolean): Truth {
  return department === null ? null : test(department);
}

/** False when any is false, else unknown when any is unknown, else true. */
export function allOf(...values: Truth[]): Truth {
  if (values.includes(false)) return false;
  return values.includes(null) ? null : true;
}

/** True when any is true, else unknown when any is unknown, else false. */
export function anyOf(...values: Truth[]): Truth {
  if (values.includes(true)) return true;
  return values.includes(null) ? null : false;
}
