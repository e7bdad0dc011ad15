import type { Services } from "@beian/core";
import { DEMO_PEOPLE } from "./demo-data.js";

/**
 * One draft for 王芳 (清河县教育局) on the unit's demo account, with a 提示 and a 严重 word-check
 * hit, so the walkthrough shows the check and the 送审 gate. Written once: a restart adds nothing.
 */
export async function seedDemoContent(services: Services): Promise<number> {
  const operator = DEMO_PEOPLE.find((p) => p.personId === "person-op-education")!;
  if ((await services.content.drafts.list(operator)).items.length) return 0;
  const { items } = await services.register.list(operator, { status: "filed", unitId: operator.unitId });
  if (!items.length) return 0;
  await services.content.drafts.create(operator, {
    title: "清河县教育局关于做好秋季学期开学工作的通知",
    body: [
      "各乡镇中心校、县直各学校：",
      "为做好秋季学期开学工作，按照县委、县政府工作布署，现将有关事项通知如下。",
      "一、开学时间。全县中小学于9月1日正式开学，各校要再接再励，提前做好校舍安全检查。",
      "二、交流活动。本学期拟组织师生赴南朝鲜开展教育交流，具体安排另行通知。",
      "三、工作要求。各校要高度重视，按照国家食品药品监督管理总局有关规定做好食堂食品安全工作。",
    ].join("\n"),
    type: "original",
    author: operator.name,
    accountIds: [items[0].accountId],
    images: [],
  });
  return 1;
}
