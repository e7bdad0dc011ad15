import { build } from "esbuild";
import { deployedBuildOptions } from "./lambda-bundles.js";
for (const name of ["open-stage","content-monitor","api"]) {
const r = await build(deployedBuildOptions(`functions/${name}.ts`));
const out = Object.values(r.metafile!.outputs)[0];
const by: Record<string, number> = {};
for (const [k,v] of Object.entries(out.inputs)) { const m = k.match(/node_modules\/((?:@[^/]+\/)?[^/]+)/); const key = m ? m[1] : k.split("/").slice(0,4).join("/"); by[key]=(by[key]??0)+v.bytesInOutput; }
console.log("==", name); for (const [k,v] of Object.entries(by).sort((a,b)=>b[1]-a[1]).slice(0,14)) console.log((v/1024).toFixed(1).padStart(8), k);
}
