import type { Template } from "aws-cdk-lib/assertions";

type Resource = { Type: string; Properties: Record<string, any>; DeletionPolicy?: string };

export function resources(template: Template, type: string): [string, Resource][] {
  return Object.entries(template.findResources(type) as Record<string, Resource>);
}

/** The logical id of the one Lambda whose description starts with `prefix`. */
export function functionId(template: Template, prefix: string): string {
  const matches = resources(template, "AWS::Lambda::Function").filter(([, fn]) => String(fn.Properties.Description ?? "").startsWith(prefix));
  if (matches.length !== 1) throw new Error(`expected one function described "${prefix}…", found ${matches.length}`);
  return matches[0][0];
}

export interface Grant {
  actions: string[];
  resources: unknown[];
}

/** Every Allow statement in the inline policies attached to a function's execution role. */
export function roleGrants(template: Template, fnId: string): Grant[] {
  const fn = template.toJSON().Resources[fnId] as Resource;
  const roleId = fn.Properties.Role["Fn::GetAtt"][0] as string;
  const grants: Grant[] = [];
  for (const [, policy] of resources(template, "AWS::IAM::Policy")) {
    const attached = (policy.Properties.Roles as unknown[]).some((role) => JSON.stringify(role) === JSON.stringify({ Ref: roleId }));
    if (!attached) continue;
    for (const statement of policy.Properties.PolicyDocument.Statement) {
      if (statement.Effect !== "Allow") continue;
      grants.push({ actions: [statement.Action].flat(), resources: [statement.Resource].flat() });
    }
  }
  return grants;
}

export function actionsOf(grants: Grant[]): string[] {
  return [...new Set(grants.flatMap((grant) => grant.actions))].sort();
}

/** The resources granted for one action, as JSON text for substring checks. */
export function resourcesFor(grants: Grant[], action: string): string {
  return JSON.stringify(grants.filter((grant) => grant.actions.includes(action)).flatMap((grant) => grant.resources));
}

/** The managed policy ARNs on a function's role, as JSON text. */
export function managedPolicies(template: Template, fnId: string): string {
  const fn = template.toJSON().Resources[fnId] as Resource;
  const roleId = fn.Properties.Role["Fn::GetAtt"][0] as string;
  return JSON.stringify(template.toJSON().Resources[roleId].Properties.ManagedPolicyArns ?? []);
}
