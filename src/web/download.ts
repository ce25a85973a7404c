/** 「原名-已更新.xlsx」: the updated copy never has the same name as the file the user opened. */
export function updatedName(name: string): string {
  const base = name.replace(/\.xlsx$/i, '');
  return `${base}-已更新.xlsx`;
}
