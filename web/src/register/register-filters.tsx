/** @jsxImportSource hono/jsx/dom */
import { useState } from "hono/jsx/dom";
import { options } from "../ui/labels.js";
import { useLoad } from "../ui/use-load.js";
import { registerApi, type RegisterQuery } from "./api.js";

const depthOf = (path: string | undefined) => Math.max(0, (path ?? "/").split("/").filter(Boolean).length - 1);

/** The filter form: edits a draft of the query; 查询 hands it to the page (which puts it in the URL). */
export function RegisterFilters(props: { query: RegisterQuery; isAdmin: boolean; onSearch: (query: RegisterQuery) => void }) {
  const [draft, setDraft] = useState<RegisterQuery>({ ...props.query, cursor: undefined });
  const units = useLoad(() => (props.isAdmin ? registerApi.units() : Promise.resolve([])));
  const set = (patch: Partial<RegisterQuery>) => setDraft((d) => ({ ...d, ...patch }));
  const read = (e: Event) => (e.target as HTMLInputElement).value;
  const choice = (name: "platform" | "status" | "unitId", label: string, choices: { id: string; label: string }[]) => (
    <div class="field">
      <label for={`rf-${name}`}>{label}</label>
      <select id={`rf-${name}`} name={name} data-testid={`register-${name}`} value={draft[name] ?? ""} onChange={(e: Event) => set({ [name]: read(e) || undefined })}>
        <option value="">全部</option>
        {choices.map((c) => (
          <option value={c.id} selected={c.id === draft[name]}>
            {c.label}
          </option>
        ))}
      </select>
    </div>
  );
  const unitChoices = units.state === "ok" ? units.data.map((u) => ({ id: u.unitId, label: `${"　".repeat(depthOf(u.path))}${u.name}` })) : [];
  return (
    <form
      class="register-filters"
      role="search"
      aria-label="筛选备案账号"
      onSubmit={(event: Event) => {
        event.preventDefault();
        props.onSearch(draft);
      }}
    >
      <div class="field field-search">
        <label for="rf-q">关键词</label>
        <input
          id="rf-q"
          name="q"
          type="text"
          maxLength={100}
          placeholder="账号名称 / 备案编号 / 平台账号或网址"
          aria-describedby="rf-q-hint"
          data-testid="register-q"
          value={draft.q ?? ""}
          onInput={(e: Event) => set({ q: read(e) })}
        />
        <p id="rf-q-hint" class="hint" data-testid="register-q-hint">
          按账号名称开头、平台账号或网址、备案编号查找
        </p>
      </div>
      {props.isAdmin ? choice("unitId", "主办单位", unitChoices) : null}
      {props.isAdmin ? (
        <label class="check">
          <input
            type="checkbox"
            name="subUnits"
            data-testid="register-subunits"
            checked={draft.subUnits !== "0"}
            onChange={(e: Event) => set({ subUnits: (e.target as HTMLInputElement).checked ? "1" : "0" })}
          />
          含下级单位
        </label>
      ) : null}
      {choice("platform", "平台", options("platforms"))}
      {choice("status", "状态", options("accountStatuses"))}
      <div class="register-actions">
        <button type="submit" class="btn btn-primary" data-testid="register-search">
          查询
        </button>
      </div>
    </form>
  );
}
