import { splitWhitespace } from './whitespace';

/**
 * sacreBLEU's "13a" tokenizer (the mteval-v13a.pl rules): punctuation and symbols split off,
 * periods and commas split unless inside a number, a dash split after a digit. Hyphens inside
 * words stay ("loc-NORD"); underscores and "+" split ("__ON__" → "_ _ ON _ _", "S+H" → "S + H").
 */
export const TOKENIZATIONS = ['13a', 'none'] as const;
export type Tokenization = (typeof TOKENIZATIONS)[number];

const RULES_13A: readonly (readonly [RegExp, string])[] = [
  // ASCII punctuation and symbols except "-" , "." and digits/letters: { | } ~ [ \ ] ^ _ ` space ! " # $ % & ( ) * + : ; < = > ? @ /
  [/([{-~[-` -&(-+:-@/])/g, ' $1 '],
  [/([^0-9])([.,])/g, '$1 $2 '],
  [/([.,])([^0-9])/g, ' $1 $2'],
  [/([0-9])(-)/g, '$1 $2 '],
];

export function tokenize13a(line: string): string[] {
  let s = line.replaceAll('<skipped>', '').replaceAll('-\n', '').replaceAll('\n', ' ');
  if (s.includes('&')) {
    s = s
      .replaceAll('&quot;', '"')
      .replaceAll('&amp;', '&')
      .replaceAll('&lt;', '<')
      .replaceAll('&gt;', '>');
  }
  s = ` ${s} `;
  for (const [rx, repl] of RULES_13A) s = s.replace(rx, repl);
  return splitWords(s);
}

/** Whitespace split without empty strings, on Python's whitespace (str.split()), as sacreBLEU. */
export function splitWords(s: string): string[] {
  return splitWhitespace(s);
}

export function tokenize(line: string, scheme: Tokenization): string[] {
  switch (scheme) {
    case '13a':
      return tokenize13a(line);
    case 'none':
      return splitWords(line);
  }
}
