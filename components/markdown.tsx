import Markdown, { type Components } from "react-markdown";
import { remarkPolishNbsp } from "@/components/typography";

/**
 * Renders a tenant's or an admin's Markdown (regulations, privacy policy) safely: react-markdown
 * builds React elements from the syntax tree and never uses innerHTML; `skipHtml` drops raw HTML
 * instead of showing it, and its default URL filter removes `javascript:` and other unsafe links.
 * No inline styles come out of it, so the strict style CSP holds.
 */
const components: Components = {
  h1: ({ children }) => <h2 className="mt-10 text-xl font-semibold first:mt-0">{children}</h2>,
  h2: ({ children }) => <h2 className="mt-10 text-xl font-semibold first:mt-0">{children}</h2>,
  h3: ({ children }) => <h3 className="mt-6 text-lg font-semibold">{children}</h3>,
  h4: ({ children }) => <h4 className="mt-6 font-semibold">{children}</h4>,
  p: ({ children }) => <p className="mt-4 leading-relaxed">{children}</p>,
  ul: ({ children }) => <ul className="mt-4 list-disc space-y-2 pl-6 leading-relaxed">{children}</ul>,
  ol: ({ children, start }) => (
    <ol start={start} className="mt-4 list-decimal space-y-2 pl-6 leading-relaxed marker:text-ink-muted">
      {children}
    </ol>
  ),
  li: ({ children }) => <li className="pl-1">{children}</li>,
  a: ({ children, href }) => {
    const external = typeof href === "string" && /^https?:\/\//.test(href);
    return (
      <a href={href} className="font-medium text-brand underline underline-offset-2" {...(external ? { rel: "noopener noreferrer" } : {})}>
        {children}
      </a>
    );
  },
  strong: ({ children }) => <strong className="font-semibold">{children}</strong>,
  blockquote: ({ children }) => <blockquote className="mt-4 border-l-4 border-line pl-4 text-ink-muted">{children}</blockquote>,
  hr: () => <hr className="my-8 border-line" />,
  // Images could load from anywhere and break the CSP; documents show their alternative text instead.
  img: ({ alt }) => <span>{alt}</span>,
};

export function MarkdownContent({ markdown }: { markdown: string }) {
  return (
    <div className="text-base text-ink" data-testid="markdown">
      <Markdown skipHtml components={components} remarkPlugins={[remarkPolishNbsp]}>
        {markdown}
      </Markdown>
    </div>
  );
}
