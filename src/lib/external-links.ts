/**
 * Every external URL a guide gives its reader, and where in the file it is,
 * for `npm run check:links`: the frontmatter's provider links and sources, the
 * links of the MDX body (as the build parses it, GFM autolinks included, code
 * left out), and the validity check's URL.
 */
import { createProcessor } from '@mdx-js/mdx';
import remarkGfm from 'remark-gfm';
import type { Source, VerifyCheck } from '../schemas/secret';
import { guideBody } from './read-guides';

export interface ExternalLink {
  url: string;
  /** Where the guide holds it: a frontmatter field ("links.revoke", "sources.2") or "line 42" of the body. */
  where: string;
  /**
   * The validity check's API endpoint. It is requested with the check's method and no token, only to see that it
   * still answers: an authentication error is the expected reply.
   */
  api?: { method: VerifyCheck['method'] };
}

export interface GuideLinks {
  /** Path relative to the project root. */
  file: string;
  links: ExternalLink[];
}

/** The frontmatter fields that hold URLs; general guides have only `sources`. */
export interface LinkFrontmatter {
  links?: Partial<Record<'create' | 'revoke' | 'audit' | 'docs', string>>;
  sources: Source[];
  verify?: VerifyCheck;
}

const LINK_FIELDS = ['create', 'revoke', 'audit', 'docs'] as const;

export function guideLinks(file: string, text: string, data: LinkFrontmatter): GuideLinks {
  const links: ExternalLink[] = [];
  for (const field of LINK_FIELDS) {
    const url = data.links?.[field];
    if (url) links.push({ url, where: `links.${field}` });
  }
  data.sources.forEach((source, i) => links.push({ url: source.url, where: `sources.${i}` }));
  if (data.verify) links.push({ url: data.verify.url, where: 'verify.url', api: { method: data.verify.method } });
  links.push(...bodyLinks(file, text));
  return { file, links };
}

interface MdastNode {
  type: string;
  url?: string;
  attributes?: { type: string; name?: string; value?: unknown }[];
  position?: { start: { line: number } };
  children?: MdastNode[];
}

const parser = createProcessor({ remarkPlugins: [remarkGfm] });

function bodyLinks(file: string, text: string): ExternalLink[] {
  const { body, firstLine } = guideBody(text);
  let tree: MdastNode;
  try {
    tree = parser.parse(body) as MdastNode;
  } catch (error) {
    throw new Error(`${file}: the MDX body does not parse: ${(error as Error).message}`);
  }
  const links: ExternalLink[] = [];
  const visit = (node: MdastNode) => {
    for (const url of nodeUrls(node)) {
      if (/^https?:\/\//i.test(url)) links.push({ url, where: `line ${firstLine + (node.position?.start.line ?? 1) - 1}` });
    }
    node.children?.forEach(visit);
  };
  visit(tree);
  return links;
}

/** Markdown links and definitions, and the href of JSX elements such as <a href="…">. */
function nodeUrls(node: MdastNode): string[] {
  if ((node.type === 'link' || node.type === 'definition') && node.url) return [node.url];
  if (node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') {
    return (node.attributes ?? [])
      .filter((attribute) => attribute.type === 'mdxJsxAttribute' && attribute.name === 'href' && typeof attribute.value === 'string')
      .map((attribute) => attribute.value as string);
  }
  return [];
}
