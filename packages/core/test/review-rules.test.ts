import { describe, expect, it } from "vitest";
import { afterDecision, DomainError, eligibleReviewers, FILING_CHECKLISTS, mayReview, validateDecision, type Person } from "@beian/core";

const person = (personId: string, active = true): Person => ({ personId, name: personId, email: `${personId}@x.cn`, unitId: "u", roles: ["reviewer"], active });

describe("separation of duties", () => {
  it("never lets the submitter review", () => {
    expect(mayReview("op", "first", "op", [])).toBe(false);
  });

  it("lets a person act at one stage only of an item, across rounds", () => {
    const prior = [{ stage: "first" as const, personId: "r1" }];
    expect(mayReview("r1", "second", "op", prior)).toBe(false);
    expect(mayReview("r1", "first", "op", prior)).toBe(true);
    expect(mayReview("r2", "second", "op", prior)).toBe(true);
  });

  it("assigns every eligible, active reviewer, those who already know the item at this stage first", () => {
    const candidates = [person("a", false), person("b"), person("c"), { ...person("d"), roles: ["operator" as const] }];
    const ids = (people: Person[]) => people.map((p) => p.personId);
    expect(ids(eligibleReviewers(candidates, "first", "op", []))).toEqual(["b", "c"]);
    expect(ids(eligibleReviewers(candidates, "first", "op", [{ stage: "first", personId: "c" }]))).toEqual(["c", "b"]);
    expect(eligibleReviewers(candidates, "second", "op", [{ stage: "first", personId: "b" }, { stage: "first", personId: "c" }])).toEqual([]);
    expect(ids(eligibleReviewers(candidates, "first", "b", []))).toEqual(["c"]);
  });
});

describe("decisions", () => {
  it("moves approve through the stages to approved; reject and return stop the round", () => {
    expect(afterDecision("first", "approve")).toEqual({ status: "in_review", stage: "second" });
    expect(afterDecision("second", "approve")).toEqual({ status: "in_review", stage: "final" });
    expect(afterDecision("final", "approve")).toEqual({ status: "approved", stage: "final" });
    expect(afterDecision("second", "reject")).toEqual({ status: "rejected", stage: "second" });
    expect(afterDecision("final", "return")).toEqual({ status: "returned", stage: "final" });
  });

  const codeOf = (fn: () => void) => {
    try {
      fn();
      return "none";
    } catch (error) {
      return (error as DomainError).fields[0]?.code;
    }
  };

  it("requires every checklist item before approving, and a comment to reject or return", () => {
    expect(codeOf(() => validateDecision(FILING_CHECKLISTS.first, { decision: "approve", comment: "", checklist: ["name-formal"] }))).toBe("CHECKLIST_INCOMPLETE");
    expect(codeOf(() => validateDecision(FILING_CHECKLISTS.first, { decision: "approve", comment: "", checklist: ["name-formal", "form-complete"] }))).toBe("none");
    expect(codeOf(() => validateDecision(FILING_CHECKLISTS.first, { decision: "return", comment: "  ", checklist: [] }))).toBe("REQUIRED");
    expect(codeOf(() => validateDecision(FILING_CHECKLISTS.first, { decision: "reject", comment: "不符合", checklist: ["bogus"] }))).toBe("INVALID_CHOICE");
  });
});
