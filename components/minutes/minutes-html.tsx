/** Minutes HTML that the server built and sanitised (see lib/rich-text/render.ts). */
export function MinutesHtml({ html, label }: { html: string; label?: string }) {
  return <div className="utrecht-rich-text inkoop-preview" aria-label={label} role={label ? "region" : undefined} dangerouslySetInnerHTML={{ __html: html }} />;
}
