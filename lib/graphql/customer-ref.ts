/** A department's view of a customer: just the key; its fields are resolved from the department's own tables. */
export interface CustomerRef {
  id: string;
}
