/** The list with one item changed: each row of a list editor (targets, sources…) edits in place. */
export function patchAt<Item extends object>(
  items: readonly Item[],
  index: number,
  patch: Partial<Item>,
): Item[] {
  return items.map((item, i) => (i === index ? { ...item, ...patch } : item));
}
