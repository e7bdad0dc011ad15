import { LOCAL_PARTITION, REVIEW_PLACEHOLDERS, REVIEW_STATE_NAMES, reviewDefinition, reviewSubstitutions, substitute } from "@beian/workflow";
import aslValidator from "asl-validator";
import { describe, expect, it } from "vitest";

const ARNS = reviewSubstitutions({
  partition: "aws",
  openStageFunction: "arn:aws:lambda:ap-southeast-1:123456789012:function:test-beian-OpenStage",
  outcomeFunction: "arn:aws:lambda:ap-southeast-1:123456789012:function:test-beian-ReviewOutcome",
});
const CHINA_ARNS = reviewSubstitutions({
  partition: "aws-cn",
  openStageFunction: "arn:aws-cn:lambda:cn-northwest-1:123456789012:function:test-beian-OpenStage",
  outcomeFunction: "arn:aws-cn:lambda:cn-northwest-1:123456789012:function:test-beian-ReviewOutcome",
});

// The validator adds defaults (QueryLanguage) to what it is given: hand it a copy.
const validate = (definition: unknown) => aslValidator(structuredClone(definition), { checkPaths: true, checkArn: true });

describe("the shared review definition (Amazon States Language)", () => {
  // The validator checks Resource against its ARN pattern, which `arn:${Partition}:…` cannot match:
  // give it the partition and leave the function placeholders as CDK receives them.
  it("is valid ASL in each partition, function placeholders included", () => {
    for (const partition of ["aws", "aws-cn"]) {
      const result = validate(substitute(reviewDefinition(), { [REVIEW_PLACEHOLDERS.partition]: partition }));
      expect(result.errorsText(), `asl-validator errors (${partition})`).toBe("");
      expect(result.isValid).toBe(true);
    }
  });

  it("names no partition: every task resource takes it from the placeholder", () => {
    const json = JSON.stringify(reviewDefinition());
    expect(json).not.toMatch(/arn:aws[-a-z]*:/);
    const resources = Object.values(reviewDefinition().States as Record<string, { Resource?: string }>).flatMap((state) => state.Resource ?? []);
    expect(resources.length).toBe(5);
    for (const resource of resources) expect(resource).toMatch(/^arn:\$\{Partition\}:states:::lambda:invoke(\.waitForTaskToken)?$/);
    expect(JSON.stringify(substitute(reviewDefinition(), CHINA_ARNS))).not.toContain("arn:aws:");
  });

  it("gives the local runtime every substitution it needs, with the partition its engine matches", () => {
    const local = substitute(reviewDefinition(), reviewSubstitutions({ partition: LOCAL_PARTITION, openStageFunction: "local:open-stage", outcomeFunction: "local:review-outcome" }));
    expect(JSON.stringify(local)).not.toMatch(/\$\{\w+\}/);
    expect((local.States as Record<string, { Resource?: string }>).FirstReview.Resource).toBe("arn:aws:states:::lambda:invoke.waitForTaskToken");
  });

  it("is valid ASL once the function ARNs are substituted, and no placeholder is left", () => {
    const definition = substitute(reviewDefinition(), ARNS);
    expect(validate(definition).isValid).toBe(true);
    expect(JSON.stringify(definition)).not.toMatch(/\$\{\w+\}/);
    expect(JSON.stringify(definition)).toContain(ARNS.OpenStageFunctionArn);
    expect(JSON.stringify(definition)).toContain(ARNS.ReviewOutcomeFunctionArn);
    expect(validate(substitute(reviewDefinition(), CHINA_ARNS)).isValid).toBe(true);
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
    const broken = substitute(reviewDefinition(), ARNS) as unknown as { States: Record<string, { Next?: string }> };
    expect(validate(broken).isValid).toBe(true);
    broken.States[REVIEW_STATE_NAMES.first].Next = "NoSuchState";
    const result = validate(broken);
    expect(result.isValid).toBe(false);
    expect(result.errorsText()).toContain("NoSuchState");
  });
});
