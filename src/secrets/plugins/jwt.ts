/** detect-secrets `JwtTokenDetector.is_formally_valid`: every part base64url-decodes, the first two are JSON. */

const utf8 = new TextDecoder('utf-8', { fatal: true });

export function isFormallyValidJwt(token: string): boolean {
  const parts = token.split('.');
  for (let idx = 0; idx < parts.length; idx++) {
    const part = parts[idx]!;
    if (part.length % 4 === 1) return false;
    // Python's non-strict decoder stops at padding; `=` never belongs to the data.
    const data = part.split('=')[0]!;
    if (data.length % 4 === 1) return false;
    const bytes = Buffer.from(data, 'base64url');
    if (idx < 2) {
      try {
        JSON.parse(utf8.decode(bytes));
      } catch {
        return false;
      }
    }
  }
  return true;
}
