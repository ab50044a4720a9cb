/**
 * The one kind of error the generator throws for bad input: it names the guide
 * file, the field and the rule, so a broken frontmatter value is fixed in one look.
 */
export class SnippetInputError extends Error {
  constructor(
    readonly file: string,
    readonly field: string,
    readonly expected: string,
    readonly received?: string,
  ) {
    super(
      `${file}: "${field}" must be ${expected}` + (received === undefined ? '' : `; received ${JSON.stringify(received)}`),
    );
    this.name = 'SnippetInputError';
  }
}
