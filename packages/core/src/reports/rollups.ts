import type { FigureSetSpec } from "./figure-source.js";
import type { FigureCount } from "./figures.js";

/**
 * Each count is kept at up to four levels, the first key part of its cells: per unit and platform
 * ("UP"), per unit ("U"), per platform ("P") and in all ("A"). A report reads exactly the level it
 * needs with one key-prefix query per period: the registry office's totals are a handful of cells
 * however many units and accounts there are; an operator's are their units' cells; per-unit tables
 * read the "U" level. Keys of every set start with the unit, then the platform when the set has one.
 */
export type Level = "UP" | "U" | "P" | "A";

/** A summed-away unit or platform in a key read back from a roll-up level. */
export const ANY = "*";

export function levelsOf(spec: Pick<FigureSetSpec, "platform">): Level[] {
  return spec.platform ? ["UP", "U", "P", "A"] : ["U", "A"];
}

/** The cells a count is kept in: its key with what the level sums away left out, behind the level. */
export function cellsOf(count: FigureCount, spec: Pick<FigureSetSpec, "platform">): FigureCount[] {
  const [unit, ...rest] = count.key;
  const platform = spec.platform ? rest[0] : "";
  const tail = spec.platform ? rest.slice(1) : rest;
  return levelsOf(spec).map((level) => {
    const parts = level === "UP" ? [unit, platform, ...tail] : level === "U" ? [unit, ...tail] : level === "P" ? [platform, ...tail] : tail;
    return { set: count.set, period: count.period, key: [level, ...parts], n: count.n };
  });
}

/** A cell read back as a count in the set's own key shape, summed-away parts as `ANY`. */
export function countOfCell(cell: FigureCount, spec: Pick<FigureSetSpec, "platform">): FigureCount {
  const [level, ...parts] = cell.key;
  let key: string[];
  if (level === "UP") key = parts;
  else if (level === "U") key = spec.platform ? [parts[0], ANY, ...parts.slice(1)] : parts;
  else if (level === "P") key = [ANY, ...parts];
  else key = spec.platform ? [ANY, ANY, ...parts] : [ANY, ...parts];
  return { set: cell.set, period: cell.period, key, n: cell.n };
}
