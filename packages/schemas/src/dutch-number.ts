/**
 * The one reader of numbers typed or pasted by Dutch users (forms, CSV and Excel imports):
 * `1.234,50`, `1234,5`, `1.234`, `€ 5.000`, `EUR 12`, `−5` (minus sign), and an English-style
 * `1,234.50` pasted from elsewhere. A lone comma is always the decimal separator (`1,234` = 1,234);
 * a dot is a thousands separator only in groups of three (`1.500` = 1500, `1.5` = 1,5).
 * Returns null for empty text and for text that is not a number.
 */
export function parseDutchNumber(text: string): number | null {
  let t = text
    .replace(/[€\s\u00a0\u202f]/g, '')
    .replace(/^eur/i, '')
    .replace(/[\u2212\u2012\u2013]/g, '-');
  if (t === '' || t === '-') return null;
  if (/^-?\d{1,3}(\.\d{3})+(,\d+)?$/.test(t) || /^-?\d+,\d+$/.test(t)) t = t.replace(/\./g, '').replace(',', '.');
  else if (/^-?\d{1,3}(,\d{3})+(\.\d+)?$/.test(t)) t = t.replace(/,/g, '');
  if (!/^-?\d+(\.\d+)?$/.test(t)) return null;
  const n = Number(t);
  return Number.isFinite(n) ? n : null;
}
