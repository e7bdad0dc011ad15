/** @jsxImportSource hono/jsx/dom */
/*
 * The page renders with hono/jsx/dom: function components with useState/useEffect, so a view
 * re-renders from its state instead of rebuilding DOM by hand. Hono is already shipped (the API and
 * the server-rendered review pages use it), its DOM runtime adds only a few kilobytes to the bundle,
 * and the page is written in the same JSX as those server pages.
 */
import "./styles.css";
import { render } from "hono/jsx/dom";
import { App } from "./shell/app.js";

render(<App />, document.getElementById("app")!);
