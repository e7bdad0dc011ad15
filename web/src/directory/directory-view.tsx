/** @jsxImportSource hono/jsx/dom */
import type { Unit } from "@beian/core";
import type { ViewProps } from "../shell/route.js";
import { LoadError, Loading } from "../ui/notice.js";
import { PageTitle } from "../ui/page-title.js";
import { useLoad } from "../ui/use-load.js";
import { directoryApi, directoryHref } from "./api.js";
import { PeoplePanel } from "./people-panel.js";
import { UnitForm } from "./unit-form.js";

/** Depth of a unit in the tree, from its path ("/a/b/" is depth 1). */
const depthOf = (unit: Unit) => (unit.path ?? "/").split("/").filter(Boolean).length - 1;

/** 组织机构 (admins): the unit tree, the selected unit's people with roles; add units and people, deactivate. */
export function DirectoryView({ query, navigate }: ViewProps) {
  const units = useLoad(directoryApi.units);
  if (units.state === "loading") return <Loading />;
  if (units.state === "error") return <LoadError error={units.error} />;
  const selected = query.get("unit");
  const current = units.data.find((u) => u.unitId === selected) ?? units.data[0];
  return (
    <>
      <div class="page-head">
        <PageTitle>组织机构</PageTitle>
      </div>
      <div class="directory-grid">
        <section class="card" data-testid="unit-tree">
          <h2>单位</h2>
          <ul class="unit-tree">
            {units.data.map((u) => (
              <li style={`padding-left:${Math.max(0, depthOf(u)) * 1.25}em`} data-unit-id={u.unitId}>
                <a href={directoryHref(u.unitId)} aria-current={u.unitId === current?.unitId ? "true" : undefined}>
                  {u.name}
                </a>
                {u.code ? <span class="unit-code" data-testid={`unit-code-${u.unitId}`}>{u.code}</span> : null}
                {u.leaderName ? <span class="muted">{` · 主要负责人 ${u.leaderName}`}</span> : null}
              </li>
            ))}
          </ul>
          <UnitForm parent={current} onCreated={(unit) => navigate(directoryHref(unit.unitId))} />
        </section>
        {current ? <PeoplePanel unit={current} /> : null}
      </div>
    </>
  );
}
