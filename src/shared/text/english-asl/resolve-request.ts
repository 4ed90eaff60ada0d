import { fingerspellGloss } from '../fingerspell';
import { numberGloss } from '../number-gloss';
import { retrieve } from '../retrieval/resolve';
import type { T2gSign } from '../result';
import type { EnglishResources } from './resources';
import type { SignRequest } from './sign-request';

/** Memo entries kept at most; cleared when full (a long session of varied text). */
const MEMO_LIMIT = 50_000;

/** One request → its sign, with how it was found; undefined when nothing spellable is left. */
export function resolveRequest(
  req: SignRequest,
  from: string,
  res: EnglishResources,
): T2gSign | undefined {
  const found = lookup(req, res);
  return found === null ? undefined : { ...found, from };
}

function lookup(req: SignRequest, res: EnglishResources): Omit<T2gSign, 'from'> | null {
  switch (req.kind) {
    case 'keywords':
      return firstKeyword(req.keywords, res) ?? spelled(req.spell);
    case 'proper':
      return res.lexicon.isProperNoun(req.text)
        ? { gloss: res.lexicon.glossFor(req.text) ?? req.text, resolved: 'sign' }
        : spelled(req.text);
    case 'spell':
      return spelled(req.text);
    case 'number':
      return { gloss: numberGloss(req.digits, res.lexicon), resolved: 'sign' };
    case 'word': {
      const key = `${req.cls ?? '-'}|${req.preferred.join(',')}|${req.forms.join(',')}|${req.spell}`;
      const hit = res.memo?.get(key);
      if (hit !== undefined) return hit;
      const value =
        firstKeyword(req.preferred, res) ??
        retrieved(req.forms, req.cls, res) ??
        spelled(req.spell);
      if (res.memo !== undefined) {
        if (res.memo.size >= MEMO_LIMIT) res.memo.clear();
        res.memo.set(key, value);
      }
      return value;
    }
  }
}

function firstKeyword(
  keywords: readonly string[],
  res: EnglishResources,
): Omit<T2gSign, 'from'> | undefined {
  for (const k of keywords) {
    const gloss = res.lexicon.glossFor(k);
    if (gloss !== undefined) return { gloss, resolved: 'sign' };
  }
  return undefined;
}

function retrieved(
  forms: readonly string[],
  cls: Parameters<typeof retrieve>[1],
  res: EnglishResources,
): Omit<T2gSign, 'from'> | undefined {
  const r = retrieve(forms, cls, res);
  return r === undefined ? undefined : { gloss: r.gloss, resolved: r.resolved };
}

function spelled(word: string): Omit<T2gSign, 'from'> | null {
  const gloss = fingerspellGloss(word);
  return gloss === undefined ? null : { gloss, resolved: 'fingerspelled' };
}
