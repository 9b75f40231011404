/**
 * Sizing a subtree without counting all of it: a live HTMLCollection's item(n) stops at
 * the n-th element, so asking "more than n?" costs n steps however big the subtree is.
 */

/** True when `element` has more than `limit` descendant elements. */
export function hasMore(element: Element, limit: number): boolean {
  return element.getElementsByTagName('*').item(limit) !== null;
}

/** The number of descendant elements, or limit + 1 when there are more. */
export function countUpTo(element: Element, limit: number): number {
  return hasMore(element, limit) ? limit + 1 : element.getElementsByTagName('*').length;
}
