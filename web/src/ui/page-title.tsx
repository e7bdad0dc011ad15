/** @jsxImportSource hono/jsx/dom */
import type { Child } from "hono/jsx";
import { useEffect, useRef } from "hono/jsx/dom";

/** The view's h1; it takes focus when the view opens, so screen readers announce the new view. */
export function PageTitle(props: { children?: Child }) {
  const ref = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    ref.current?.focus({ preventScroll: true });
  }, []);
  return (
    <h1 class="page-title" tabIndex={-1} ref={ref}>
      {props.children}
    </h1>
  );
}
