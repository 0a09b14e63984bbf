/**
 * Message helpers shared by the `openclaw/*` rules.
 */
/** How many items a message lists before "… and N more". */
export const MESSAGE_LIST_MAX = 5;

/** Bounded list for messages: the first `max` items, then "… and N more". */
export function capList(items: readonly string[], sep = ', ', max = MESSAGE_LIST_MAX): string {
  if (items.length <= max) return items.join(sep);
  return `${items.slice(0, max).join(sep)}${sep}… and ${items.length - max} more`;
}
