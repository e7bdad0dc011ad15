/** @jsxImportSource hono/jsx/dom */
import type { Unit } from "@beian/core";
import { useState } from "hono/jsx/dom";
import { directoryApi } from "../directory/api.js";
import { LoadError, Loading, Notice } from "../ui/notice.js";
import { PageTitle } from "../ui/page-title.js";
import { useLoad } from "../ui/use-load.js";
import { reviewApi, type Reviewer } from "./api.js";
import { ChainForm } from "./chain-form.js";
import { PendingTasks } from "./pending-tasks.js";

const load = () => Promise.all([reviewApi.chains(), reviewApi.reviewers(), directoryApi.units(), reviewApi.pending()]);

/** 审核流程配置 (admins): the default filing chain, per-unit overrides, and pending tasks to reassign. */
export function ReviewChainsView() {
  const data = useLoad(load);
  /** What the last save did; it outlives the form (a new unit's form moves into the list once saved). */
  const [saved, setSaved] = useState("");
  const onSaved = (what: string) => {
    setSaved(what);
    data.reload();
  };
  return (
    <>
      <div class="page-head">
        <PageTitle>审核流程配置</PageTitle>
      </div>
      <Notice tone="info">每个环节可指定多名审核人，任一人审核即可；单位设置按就近原则覆盖上级单位和默认流程，未设置的环节沿用上级。</Notice>
      <div aria-live="polite">
        {saved ? (
          <Notice tone="ok" testId="chain-saved">
            {saved}
          </Notice>
        ) : null}
      </div>
      {data.state === "loading" ? <Loading /> : null}
      {data.state === "error" ? <LoadError error={data.error} /> : null}
      {data.state === "ok" ? <Chains data={data.data} onSaved={onSaved} /> : null}
    </>
  );
}

function Chains(props: { data: Awaited<ReturnType<typeof load>>; onSaved: (what: string) => void }) {
  const [chains, reviewers, units, pending] = props.data;
  const unitName = (id: string) => units.find((u) => u.unitId === id)?.name ?? id;
  return (
    <>
      <ChainForm key="default" title="默认审核流程（备案）" scope="default" chain={chains.default} reviewers={reviewers} removable={false} onSaved={props.onSaved} />
      {chains.overrides.map((o) => (
        <ChainForm key={o.scope} title={`${unitName(o.scope)}的审核流程`} scope={o.scope} chain={o} reviewers={reviewers} removable onSaved={props.onSaved} />
      ))}
      <NewOverride units={units.filter((u) => !chains.overrides.some((o) => o.scope === u.unitId))} reviewers={reviewers} onSaved={props.onSaved} />
      <section class="card">
        <h2>待处理的审核任务（转交）</h2>
        <PendingTasks tasks={pending} reviewers={reviewers} onDone={() => props.onSaved("已转交。")} />
      </section>
    </>
  );
}

function NewOverride(props: { units: Unit[]; reviewers: Reviewer[]; onSaved: (what: string) => void }) {
  const [unitId, setUnitId] = useState("");
  const unit = props.units.find((u) => u.unitId === unitId);
  return (
    <div class="card">
      <h2>新增单位审核流程</h2>
      <label for="override-unit" class="field-label">
        单位
      </label>
      <select id="override-unit" data-testid="override-unit" value={unitId} onChange={(e: Event) => setUnitId((e.target as HTMLSelectElement).value)}>
        <option value="">选择单位</option>
        {props.units.map((u) => (
          <option value={u.unitId} selected={u.unitId === unitId}>
            {u.name}
          </option>
        ))}
      </select>
      {unit ? (
        <ChainForm
          key={unit.unitId}
          title={`${unit.name}的审核流程`}
          scope={unit.unitId}
          reviewers={props.reviewers}
          removable={false}
          onSaved={(what) => {
            setUnitId("");
            props.onSaved(what);
          }}
        />
      ) : null}
    </div>
  );
}
