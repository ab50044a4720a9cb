/**
 * Reads a /go/<scanner>/<id>/ path that led to the not-found page, so the page can say which scanner and id it did
 * not recognise. Pure, for src/scripts/not-found.ts.
 */
export interface UnknownGoPath {
  scanner: string;
  /** The scanner's display name, when the URL segment is one of ours. */
  scannerName?: string;
  id: string;
}

export function unknownGoPath(pathname: string, goBase: string, scannerNames: Record<string, string>): UnknownGoPath | undefined {
  if (!pathname.startsWith(goBase)) return undefined;
  const match = /^([^/]+)\/([^/]+)\/?$/.exec(pathname.slice(goBase.length));
  if (!match) return undefined;
  const decode = (segment: string) => {
    try {
      return decodeURIComponent(segment);
    } catch {
      return segment;
    }
  };
  const scanner = decode(match[1]!);
  const name = Object.hasOwn(scannerNames, scanner) ? scannerNames[scanner] : undefined;
  return { scanner, ...(name ? { scannerName: name } : {}), id: decode(match[2]!) };
}
