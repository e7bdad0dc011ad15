process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED ??= "true";

import { fileURLToPath } from "node:url";
import { DEMO_PEOPLE } from "./demo-data.js";
import { runtimeOptionsFromEnv, startLocalRuntime } from "./runtime.js";

const ROLE_NAMES = { admin: "归口管理部门", operator: "单位信息员", reviewer: "审核人" } as const;

const projectDir = fileURLToPath(new URL("../../../", import.meta.url));
const runtime = await startLocalRuntime(runtimeOptionsFromEnv(projectDir));

const lines = [
  "",
  "Beian (政务新媒体备案管理系统) is running locally:",
  `  web page and API   ${runtime.baseUrl}`,
  `  mail catcher       ${runtime.mailWebUrl}   (every email the system sends; click the links there)`,
  `  DynamoDB Local     ${runtime.dynamoEndpoint}   (data in .beian/)`,
  `  reviews resumed    ${runtime.resumed}`,
  "",
  "Demo log-in emails (enter one on the page, then open the link in the mail catcher):",
  ...DEMO_PEOPLE.map((p) => `  ${p.email.padEnd(34)} ${p.name}  ${p.roles.map((r) => ROLE_NAMES[r]).join("、")}`),
  "",
  "Reviewers need no log-in: their decision links arrive by email. Ctrl-C stops everything.",
  "",
];
console.log(lines.join("\n"));

let stopping = false;
for (const signal of ["SIGINT", "SIGTERM"] as const) {
  process.on(signal, () => {
    if (stopping) return;
    stopping = true;
    console.log("\nStopping Beian ...");
    runtime.stop().finally(() => process.exit(0));
  });
}
