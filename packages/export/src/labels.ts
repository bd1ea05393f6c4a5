/** Reverse lookup for imports: Dutch label (case-insensitive) or the code itself → code. */
export function codeFromLabel<K extends string>(labels: Record<K, string>, text: string): K | undefined {
  const wanted = text.trim().toLowerCase();
  for (const [code, label] of Object.entries(labels) as [K, string][]) {
    if (label.toLowerCase() === wanted || code.toLowerCase() === wanted) return code;
  }
  return undefined;
}
