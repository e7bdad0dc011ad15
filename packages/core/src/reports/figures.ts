/**
 * Report figures are counters kept beside the data: a figure is addressed by its set (what is
 * counted), its period (a month "2026-11", a year "2026", or "now" for what is true at present) and
 * a key within the set (unit, platform, status …). Every figure is a sum over stored items of what
 * each item, as it is now, contributes — so a change's delta is what the new item contributes
 * minus what the old one did, and a recount from the items must land on the same numbers.
 */
export interface FigureAddress {
  set: string;
  period: string;
  key: string[];
}

export interface FigureCount extends FigureAddress {
  n: number;
}

/** The period of figures that describe the present state (accounts by status, pending reviews). */
export const NOW = "now";

/** Key parts are joined with "|"; a part carrying one is escaped so two keys never collide. */
const escapePart = (part: string) => part.replaceAll("%", "%25").replaceAll("|", "%7C");
const unescapePart = (part: string) => part.replaceAll("%7C", "|").replaceAll("%25", "%");

export const scopeOf = (set: string, period: string) => `${escapePart(set)}|${escapePart(period)}`;
export const keyText = (key: string[]) => key.map(escapePart).join("|");
export const figureId = (a: FigureAddress) => `${scopeOf(a.set, a.period)}#${keyText(a.key)}`;

/** The address stored as scope + key text, read back. */
export function addressOf(scope: string, key: string): FigureAddress {
  const [set, period] = scope.split("|").map(unescapePart);
  return { set, period, key: key === "" ? [] : key.split("|").map(unescapePart) };
}

/** Adds counts with the same address together; zero sums are dropped. */
export function sumFigures(counts: Iterable<FigureCount>): Map<string, FigureCount> {
  const sums = new Map<string, FigureCount>();
  for (const c of counts) {
    const id = figureId(c);
    const found = sums.get(id);
    if (found) found.n += c.n;
    else sums.set(id, { set: c.set, period: c.period, key: [...c.key], n: c.n });
  }
  for (const [id, c] of sums) if (c.n === 0) sums.delete(id);
  return sums;
}

/** What changes when an item goes from contributing `before` to contributing `after`. */
export function figureDeltas(before: FigureCount[], after: FigureCount[]): FigureCount[] {
  return [...sumFigures([...after, ...before.map((c) => ({ ...c, n: -c.n }))]).values()];
}
