import { parseSigml, type ManualSpec, type ParsedSign } from '../../../src/shared/sigml';

/** A SiGML document with one sign whose manual symbols are given without the "ham" prefix. */
export function sigmlOf(symbols: string, nonManual = '', gloss = 'TEST'): string {
  const manual = symbols
    .split(/\s+/)
    .filter(Boolean)
    .map((s) => `      <ham${s}/>`)
    .join('\n');
  const nm = nonManual ? `    <hamnosys_nonmanual>\n${nonManual}\n    </hamnosys_nonmanual>\n` : '';
  return `<sigml>\n  <hns_sign gloss="${gloss}">\n${nm}    <hamnosys_manual>\n${manual}\n    </hamnosys_manual>\n  </hns_sign>\n</sigml>\n`;
}

export function parseOne(symbols: string, nonManual = ''): ParsedSign {
  const result = parseSigml(sigmlOf(symbols, nonManual));
  const sign = result.signs[0];
  if (!sign) throw new Error(`no sign parsed from "${symbols}"`);
  return sign;
}

/** The manual part of a sign that must parse without errors. */
export function manualOf(symbols: string): ManualSpec {
  const sign = parseOne(symbols);
  const errors = sign.diagnostics.filter((d) => d.severity === 'error').map((d) => d.message);
  if (errors.length > 0) throw new Error(`"${symbols}" has errors: ${errors.join('; ')}`);
  if (!sign.spec.manual) throw new Error(`"${symbols}" has no manual part`);
  return sign.spec.manual;
}

/** Deep copy without provenance (src spans, symbol lists, positions), for comparing structure. */
export function strip<T>(value: T): T {
  return JSON.parse(
    JSON.stringify(value, (k, v: unknown) =>
      k === 'src' || k === 'symbols' || k === 'line' || k === 'column' ? undefined : v,
    ),
  ) as T;
}
