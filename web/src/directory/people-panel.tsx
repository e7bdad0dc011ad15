/** @jsxImportSource hono/jsx/dom */
import type { Person, Unit } from "@beian/core";
import { useState } from "hono/jsx/dom";
import { errorWithFields } from "../ui/api-client.js";
import { LoadError, Loading, Notice } from "../ui/notice.js";
import { useLoad } from "../ui/use-load.js";
import { directoryApi, ROLE_LABELS } from "./api.js";
import { PersonForm } from "./person-form.js";

/** A unit's people with their roles; deactivate or reactivate them, add new ones. */
export function PeoplePanel({ unit }: { unit: Unit }) {
  const people = useLoad(() => directoryApi.people(unit.unitId), [unit.unitId]);
  const [failure, setFailure] = useState("");
  const toggle = async (p: Person) => {
    if (p.active && !confirm(`确定停用“${p.name}”？停用后不能登录，已发出的审核链接失效，历史记录保留。`)) return;
    try {
      await (p.active ? directoryApi.deactivate(p.personId) : directoryApi.reactivate(p.personId));
      setFailure("");
      people.reload();
    } catch (error) {
      setFailure(errorWithFields(error));
    }
  };
  const facts = [
    unit.leaderName && `主要负责人：${unit.leaderName}${unit.leaderTitle ? `（${unit.leaderTitle}）` : ""}`,
    unit.contactName && `联系人：${unit.contactName} ${unit.contactPhone ?? ""}`,
  ].filter(Boolean);
  return (
    <section class="card" data-testid="people-list">
      <h2>{`${unit.name} · 人员`}</h2>
      {facts.length ? <p class="muted">{facts.join("　")}</p> : null}
      <div aria-live="polite">{failure ? <Notice tone="err">{failure}</Notice> : null}</div>
      {people.state === "loading" ? <Loading /> : null}
      {people.state === "error" ? <LoadError error={people.error} /> : null}
      {people.state === "ok" && people.data.length === 0 ? <p class="empty">该单位暂无人员。</p> : null}
      {people.state === "ok" && people.data.length ? (
        <div class="table-wrap">
          <table class="data-table" data-testid="people-table">
            <caption class="visually-hidden">{`${unit.name}的人员`}</caption>
            <thead>
              <tr>
                {["姓名", "邮箱", "角色", "状态", "操作"].map((t) => (
                  <th scope="col">{t}</th>
                ))}
              </tr>
            </thead>
            <tbody>
              {people.data.map((p) => (
                <tr data-person-id={p.personId}>
                  <td data-label="姓名">{p.name}</td>
                  <td data-label="邮箱" class="break-anywhere">
                    {p.email}
                  </td>
                  <td data-label="角色">{p.roles.map((r) => ROLE_LABELS[r]).join("、") + (p.canActForSubUnits ? "（含下级单位）" : "")}</td>
                  <td data-label="状态">{p.active ? "在用" : "已停用"}</td>
                  <td data-label="操作">
                    <button type="button" class="btn btn-secondary" data-testid={`toggle-${p.personId}`} onClick={() => toggle(p)}>
                      {p.active ? "停用" : "恢复"}
                    </button>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : null}
      <PersonForm unit={unit} onCreated={people.reload} />
    </section>
  );
}
