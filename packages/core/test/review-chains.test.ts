import { describe, expect, it } from "vitest";
import { activeDeputyId, linkVerdict, resolveChain, type Person, type ReviewChain, type ReviewLink, type ReviewTask } from "@beian/core";

const chain = (scope: string, stages: ReviewChain["stages"]): ReviewChain => ({ kind: "filing", scope, stages, updatedAt: "", updatedBy: "" });

describe("resolving a review chain", () => {
  const chains = [chain("default", { first: ["d1"], second: ["d2"], final: ["d3"] }), chain("county", { first: ["c1", "c1b"] }), chain("dept", { second: ["x2"] })];

  it("takes each stage from the nearest override up the tree, else the default", () => {
    const resolved = resolveChain(chains, ["county", "dept", "school"], "2026-01-01T00:00:00Z");
    expect(resolved.stages).toEqual({ first: ["c1", "c1b"], second: ["x2"], final: ["d3"] });
    expect(resolved.sources).toEqual({ first: "county", second: "dept", final: "default" });
  });

  it("ignores overrides of units outside the item's ancestry and empty stage lists", () => {
    expect(resolveChain([...chains, chain("other", { final: ["o3"] }), chain("town", { first: [] })], ["county", "town"], "t").stages).toEqual({ first: ["c1", "c1b"], second: ["d2"], final: ["d3"] });
    expect(resolveChain([], ["u"], "t").stages).toEqual({ first: [], second: [], final: [] });
  });
});

describe("approval link verdicts", () => {
  const person = (personId: string, extra: Partial<Person> = {}): Person => ({ personId, name: personId, email: `${personId}@x.cn`, unitId: "u", roles: ["reviewer"], active: true, ...extra });
  const task = { status: "pending", linkHash: "v1" } as ReviewTask;
  const link = { taskVersion: "v1", reviewerId: "r", expiresAt: "2026-01-02T00:00:00Z" } as ReviewLink;
  const now = "2026-01-01T00:00:00Z";

  it("is live only while the task waits on this version of its assignment, unexpired, for an active reviewer", () => {
    expect(linkVerdict(link, task, person("r"), undefined, now)).toBe("live");
    expect(linkVerdict(link, { ...task, status: "decided" }, person("r"), undefined, now)).toBe("decided");
    expect(linkVerdict(link, { ...task, status: "expired" }, person("r"), undefined, now)).toBe("task_expired");
    expect(linkVerdict(link, { ...task, linkHash: "v2" }, person("r"), undefined, now)).toBe("superseded");
    expect(linkVerdict(link, task, person("r"), undefined, "2026-01-03T00:00:00Z")).toBe("expired");
    expect(linkVerdict(link, task, person("r", { active: false }), undefined, now)).toBe("reviewer_inactive");
  });

  it("lets a deputy's link work only while the delegation is in force (its end date inclusive, Shanghai time)", () => {
    const deputyLink = { ...link, onBehalfOfId: "boss" };
    expect(linkVerdict(deputyLink, task, person("r"), person("boss", { deputyId: "r" }), now)).toBe("live");
    expect(linkVerdict(deputyLink, task, person("r"), person("boss", { deputyId: "someone-else" }), now)).toBe("delegation_ended");
    expect(activeDeputyId(person("boss", { deputyId: "r", deputyUntil: "2026-01-01" }), "2026-01-01T15:59:00Z")).toBe("r");
    expect(activeDeputyId(person("boss", { deputyId: "r", deputyUntil: "2026-01-01" }), "2026-01-01T16:00:00Z")).toBeUndefined();
  });
});
