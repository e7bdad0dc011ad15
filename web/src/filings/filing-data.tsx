/** @jsxImportSource hono/jsx/dom */
import type { FilingInput } from "@beian/core";
import type { Child } from "hono/jsx";
import { label, platformLabel } from "../ui/labels.js";

/** Label, value, and whether the value is long text that needs the full width. */
type Row = [string, string | undefined, "wide"?];

const DataList = (props: { rows: Row[] }) => (
  <dl class="data-list">
    {props.rows
      .filter(([, v]) => v !== undefined && v !== "")
      .map(([k, v, wide]) => (
        <div class={wide ? "data-item data-item-wide" : "data-item"}>
          <dt>{k}</dt>
          <dd>{v}</dd>
        </div>
      ))}
  </dl>
);

const Group = (props: { title: string; children?: Child }) => (
  <section class="data-group">
    <h3>{props.title}</h3>
    {props.children}
  </section>
);

/** The submitted 新媒体建设申请表, read-only, in the form's own grouping. */
export function FilingData({ data }: { data: FilingInput }) {
  return (
    <div class="filing-data">
      <Group title="基本信息">
        <DataList
          rows={[
            ["平台类型", platformLabel(data.platform)],
            ["账号名称", data.accountName],
            ["平台账号或网址", data.platformAccountId, "wide"],
            ["开设宗旨", data.purpose, "wide"],
            ["信息发布范围", data.publishingScope, "wide"],
          ]}
        />
      </Group>
      <Group title="主管领导">
        <DataList
          rows={[
            ["姓名", data.leader.name],
            ["职务", data.leader.title],
            ["联系电话", data.leader.phone],
          ]}
        />
      </Group>
      <Group title="后台管理人员">
        <div class="table-wrap">
          <table class="data-table compact">
            <thead>
              <tr>
                {["序号", "姓名", "手机号", "邮箱", "是否在编"].map((t) => (
                  <th scope="col">{t}</th>
                ))}
              </tr>
            </thead>
            <tbody>
              {data.administrators.map((a, i) => (
                <tr>
                  <td>{String(i + 1)}</td>
                  <td>{a.name}</td>
                  <td>{a.phone}</td>
                  <td>{a.email}</td>
                  <td>{a.onPayroll ? "在编" : "非在编"}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </Group>
      <Group title="运营方式">
        <DataList
          rows={[
            ["运营方式", label("operationModes", data.operationMode)],
            ["受托单位名称", data.contractor?.name],
            ["合同到期日", data.contractor?.contractEndDate],
          ]}
        />
      </Group>
      <Group title="认证情况">
        <DataList rows={[["认证状态", label("verificationStatuses", data.verification)]]} />
      </Group>
      {data.justification ? (
        <Group title="说明">
          <DataList rows={[["同平台多账号理由", data.justification, "wide"]]} />
        </Group>
      ) : null}
    </div>
  );
}
