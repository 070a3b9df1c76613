import { Window } from "happy-dom";
import { createElement, type FunctionComponent } from "react";
import { renderToStaticMarkup } from "react-dom/server";

/**
 * A server component's HTML as a browser parses it: markup written as strings (lib/html/markup.ts) is judged by
 * the elements and texts it produces, not by how it is spelled.
 */
export function renderedDocument<P extends object>(component: FunctionComponent<P>, props: P) {
  const document = new Window().document;
  document.body.innerHTML = renderToStaticMarkup(createElement(component, props));
  return document;
}
