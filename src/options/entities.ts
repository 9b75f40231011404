/** The disabled list with `key` switched on or off; order kept, no duplicates. */
export function toggleEntity(disabled: readonly string[], key: string, enabled: boolean): string[] {
  const others = disabled.filter((item) => item !== key);
  return enabled ? others : [...others, key];
}
