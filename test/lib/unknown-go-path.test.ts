import { describe, expect, it } from 'vitest';
import { unknownGoPath } from '../../src/lib/unknown-go-path';

const names = { gitleaks: 'gitleaks', trufflehog: 'TruffleHog' };

describe('unknownGoPath', () => {
  it('names the scanner and the id of a /go/<scanner>/<id>/ path, under the base', () => {
    expect(unknownGoPath('/kb/go/trufflehog/NoSuchDetector/', '/kb/go/', names)).toEqual({
      scanner: 'trufflehog',
      scannerName: 'TruffleHog',
      id: 'NoSuchDetector',
    });
    expect(unknownGoPath('/go/gitleaks/my%20rule', '/go/', names)).toEqual({ scanner: 'gitleaks', scannerName: 'gitleaks', id: 'my rule' });
  });

  it('keeps a scanner it does not know, without a name', () => {
    expect(unknownGoPath('/go/semgrep/x/', '/go/', names)).toEqual({ scanner: 'semgrep', id: 'x' });
    expect(unknownGoPath('/go/constructor/x/', '/go/', names)).toEqual({ scanner: 'constructor', id: 'x' });
  });

  it('ignores every other path', () => {
    for (const path of ['/secrets/x/', '/go/', '/go/gitleaks/', '/go/gitleaks/a/b/', '/kb/go/gitleaks/x/']) {
      expect(unknownGoPath(path, '/go/', names), path).toBeUndefined();
    }
  });
});
