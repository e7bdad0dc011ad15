/** Unit ids root → unit, read from a unit's stored path ("/a/b/c/"). */
export const ancestryOf = (path: string | undefined, unitId: string): string[] => (path ? path.split("/").filter(Boolean) : [unitId]);

export const unitPath = (parentPath: string | undefined, unitId: string) => `${parentPath ?? "/"}${unitId}/`;

/** The next automatic unit code after the highest "U…" code in use: U001, U002, … */
export function nextUnitCode(codes: (string | undefined)[]): string {
  const highest = codes.reduce((max, code) => {
    const n = /^U(\d+)$/.exec(code ?? "")?.[1];
    return n ? Math.max(max, Number(n)) : max;
  }, 0);
  return `U${String(highest + 1).padStart(3, "0")}`;
}
