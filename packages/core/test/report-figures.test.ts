import { describe, expect, it } from "vitest";
import { ANY, bucketLabel, cellsOf, countOfCell, figureDeltas, figureId, addressOf, keyText, monthOf, monthsBetween, quantileBucket, scopeOf, waitBucket, type FigureCount } from "@beian/core";

const f = (key: string[], n: number, set = "accounts", period = "now"): FigureCount => ({ set, period, key, n });

describe("figure deltas: what the new item contributes minus what the old one did", () => {
  it("moves a count from one status to another and leaves unchanged figures out", () => {
    const before = [f(["u1", "wechat", "filed"], 1), f(["u1", "wechat", "opened"], 1, "accountEvents", "2026-11")];
    const after = [f(["u1", "wechat", "suspended"], 1), f(["u1", "wechat", "opened"], 1, "accountEvents", "2026-11")];
    expect(figureDeltas(before, after)).toEqual([f(["u1", "wechat", "suspended"], 1), f(["u1", "wechat", "filed"], -1)]);
    expect(figureDeltas(after, after)).toEqual([]);
    expect(figureDeltas([], after)).toEqual(after);
  });

  it("keeps key parts apart even when they contain the separator", () => {
    const a = f(["a|b", "c"], 1);
    const b = f(["a", "b|c"], 1);
    expect(figureId(a)).not.toBe(figureId(b));
    expect(addressOf(scopeOf(a.set, a.period), keyText(a.key))).toEqual({ set: "accounts", period: "now", key: ["a|b", "c"] });
  });
});

describe("waiting-time histograms", () => {
  it("puts a wait in the bucket of its upper bound and reads p50 / p90 from the buckets", () => {
    expect(waitBucket("2026-11-01T00:00:00Z", "2026-11-01T00:30:00Z")).toBe("1");
    expect(waitBucket("2026-11-01T00:00:00Z", "2026-11-01T08:00:00Z")).toBe("8");
    expect(waitBucket("2026-11-01T00:00:00Z", "2026-11-03T00:00:01Z")).toBe("72");
    expect(waitBucket("2026-11-01T00:00:00Z", "2026-11-20T00:00:00Z")).toBe("more");
    const h = new Map([["1", 5], ["24", 3], ["120", 2]]);
    expect(quantileBucket(h, 0.5)).toBe("1");
    expect(quantileBucket(h, 0.9)).toBe("120");
    expect(quantileBucket(new Map(), 0.5)).toBeUndefined();
    expect([bucketLabel("8"), bucketLabel("48"), bucketLabel("more"), bucketLabel(undefined)]).toEqual(["≤ 8 小时", "≤ 2 天", "超过 14 天", "—"]);
  });
});

describe("months in Asia/Shanghai", () => {
  it("takes the Beijing month of an instant and spans a range across a year end", () => {
    expect(monthOf("2026-11-30T16:30:00Z")).toBe("2026-12");
    expect(monthsBetween("2026-11", "2027-02")).toEqual(["2026-11", "2026-12", "2027-01", "2027-02"]);
  });
});

describe("roll-up levels", () => {
  it("keeps a count per unit and platform, per unit, per platform and in all, and reads each back in the set's key shape", () => {
    const count = f(["u1", "wechat", "filed"], 1);
    const cells = cellsOf(count, { platform: true });
    expect(cells.map((c) => c.key)).toEqual([["UP", "u1", "wechat", "filed"], ["U", "u1", "filed"], ["P", "wechat", "filed"], ["A", "filed"]]);
    expect(cells.map((c) => countOfCell(c, { platform: true }).key)).toEqual([["u1", "wechat", "filed"], ["u1", ANY, "filed"], [ANY, "wechat", "filed"], [ANY, ANY, "filed"]]);
    const review = f(["u1", "filing", "submitted"], 1, "reviews", "2026-11");
    expect(cellsOf(review, { platform: false }).map((c) => countOfCell(c, { platform: false }).key)).toEqual([["u1", "filing", "submitted"], [ANY, "filing", "submitted"]]);
  });
});
