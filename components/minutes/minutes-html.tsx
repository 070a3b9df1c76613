/** Minutes HTML that the server built and sanitised (see lib/rich-text/render.ts). */
export function MinutesHtml({ html }: { html: string }) {
  return <div className="utrecht-rich-text inkoop-preview" dangerouslySetInnerHTML={{ __html: html }} />;
}
