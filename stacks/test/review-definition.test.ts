import { REVIEW_PLACEHOLDERS, REVIEW_STATE_NAMES, reviewDefinition, substitute } from "@beian/workflow";
import aslValidator from "asl-validator";
import { describe, expect, it } from "vitest";

const ARNS = {
  [REVIEW_PLACEHOLDERS.openStageFunction]: "arn:aws:lambda:ap-southeast-1:123456789012:function:test-beian-OpenStage",
  [REVIEW_PLACEHOLDERS.outcomeFunction]: "arn:aws:lambda:ap-southeast-1:123456789012:function:test-beian-ReviewOutcome",
};

// The validator adds defaults (QueryLanguage) to what it is given: hand it a copy.
const validate = (definition: unknown) => aslValidator(structuredClone(definition), { checkPaths: true, checkArn: true });

describe("the shared review definition (Amazon States Language)", () => {
  it("is valid ASL as CDK receives it, placeholders included", () => {
    const result = validate(reviewDefinition());
    expect(result.errorsText(), "asl-validator errors").toBe("");
    expect(result.isValid).toBe(true);
  });

  it("is valid ASL once the function ARNs are substituted, and no placeholder is left", () => {
    const definition = substitute(reviewDefinition(), ARNS);
    expect(validate(definition).isValid).toBe(true);
    expect(JSON.stringify(definition)).not.toMatch(/\$\{\w+\}/);
    expect(JSON.stringify(definition)).toContain(ARNS.OpenStageFunctionArn);
    expect(JSON.stringify(definition)).toContain(ARNS.ReviewOutcomeFunctionArn);
  });

  it("uses only the placeholders the stack substitutes", () => {
    const used = new Set([...JSON.stringify(reviewDefinition()).matchAll(/\$\{(\w+)\}/g)].map((match) => match[1]));
    expect([...used].sort()).toEqual(Object.values(REVIEW_PLACEHOLDERS).sort());
  });

  it("waits on a task token with a timeout at each of the three stages", () => {
    const states = reviewDefinition().States as Record<string, { Resource?: string; TimeoutSeconds?: number }>;
    const waiting = Object.entries(states).filter(([, state]) => state.Resource?.endsWith(".waitForTaskToken"));
    expect(waiting.map(([name]) => name).sort()).toEqual(Object.values(REVIEW_STATE_NAMES).sort());
    for (const [, state] of waiting) {
      // Step Functions caps a task at one year; the local engine's timer at 2,147,483 s.
      expect(state.TimeoutSeconds).toBeGreaterThan(0);
      expect(state.TimeoutSeconds).toBeLessThanOrEqual(2_147_483);
    }
  });

  it("is rejected by the validator when a transition points nowhere (the check has teeth)", () => {
    const broken = reviewDefinition() as unknown as { States: Record<string, { Next?: string }> };
    broken.States[REVIEW_STATE_NAMES.first].Next = "NoSuchState";
    const result = validate(broken);
    expect(result.isValid).toBe(false);
    expect(result.errorsText()).toContain("NoSuchState");
  });
});
