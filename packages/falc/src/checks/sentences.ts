// Rules about the shape of sentences: length, one idea, one per line, negations, passive voice.
import {
  AND_OR,
  COORDINATORS,
  EN_BE_FORMS,
  EN_IRREGULAR_PARTICIPLES,
  EN_NOT_PASSIVE,
  ETRE_FORMS,
  NE_PARTNERS,
  NEGATIVE_WORDS_FR,
  NOT_PASSIVE_FR,
  PARTICIPLE_FR,
  PASSIVE_SKIP_FR,
  SUBORDINATORS,
} from '../lexicon.js';
import type { Token } from '../text.js';
import { q, wordsOf } from '../match.js';
import type { RuleContext } from '../rules.js';

export function sentenceLength(ctx: RuleContext): void {
  for (const s of ctx.sentences) {
    if (s.heading) continue;
    const n = wordsOf(s).length;
    if (n > ctx.maxWords.error)
      ctx.emit({
        rule: 'sentence-length',
        level: 'error',
        sentence: s,
        message: `Cette phrase a ${n} mots. C'est trop long. Coupez la phrase en 2 phrases. Gardez ${ctx.maxWords.advice} mots au plus.`,
      });
    else if (n > ctx.maxWords.advice)
      ctx.emit({
        rule: 'sentence-length',
        level: 'advice',
        sentence: s,
        message: `Cette phrase a ${n} mots. Essayez de garder ${ctx.maxWords.advice} mots au plus.`,
      });
  }
}

export function oneIdea(ctx: RuleContext): void {
  for (const s of ctx.sentences) {
    if (s.heading) continue;
    let score = 0;
    const reasons: string[] = [];
    const semis = (s.text.match(/;/g) ?? []).length;
    if (semis) {
      score += 2 * semis;
      reasons.push('un point-virgule');
    }
    let andOr = 0;
    for (const t of s.tokens) {
      if (t.kind !== 'word') continue;
      if (
        SUBORDINATORS[ctx.lang].has(t.norm) ||
        (ctx.lang === 'fr' && /^(qu|lorsqu|puisqu|quoiqu)'$/.test(t.elision))
      ) {
        score++;
        reasons.push(q(t.elision ? t.elision : t.text));
      } else if (COORDINATORS[ctx.lang].has(t.norm)) {
        score++;
        reasons.push(q(t.text));
      } else if (AND_OR[ctx.lang].has(t.norm)) andOr++;
    }
    if (andOr >= 2) {
      score++;
      reasons.push(ctx.lang === 'fr' ? 'plusieurs « et » ou « ou »' : 'plusieurs « and » ou « or »');
    }
    if ((s.text.match(/,/g) ?? []).length >= 3) {
      score++;
      reasons.push('beaucoup de virgules');
    }
    // A long sentence with one joining word usually carries two ideas as well.
    if (score >= 2 || (score >= 1 && wordsOf(s).length > ctx.maxWords.advice))
      ctx.emit({
        rule: 'one-idea',
        level: 'warning',
        sentence: s,
        message: `Cette phrase dit peut-être plusieurs choses. Elle a ${reasons.slice(0, 3).join(', ')}. Écrivez une idée par phrase.`,
      });
  }
}

export function onePerLine(ctx: RuleContext): void {
  for (const s of ctx.sentences)
    if (s.inLine > 0)
      ctx.emit({
        rule: 'one-sentence-per-line',
        level: 'advice',
        sentence: s,
        message: "Cette phrase est sur la même ligne que la phrase d'avant. Allez à la ligne.",
      });
}

export function negations(ctx: RuleContext): void {
  for (const s of ctx.sentences) {
    const toks = s.tokens.filter((t) => t.kind === 'word');
    let reported = false;
    let doubled = false;
    const report = (t: Token, why: string): void => {
      if (reported) return;
      reported = true;
      ctx.emit({
        rule: 'negation',
        level: 'warning',
        sentence: s,
        match: { text: t.text, start: t.start, end: t.end },
        message: `Cette phrase est négative (${why}). Essayez de dire ce qui est possible.`,
      });
    };
    const double = (a: Token, b: Token): void => {
      if (doubled) return;
      doubled = true;
      ctx.emit({
        rule: 'double-negation',
        level: 'error',
        sentence: s,
        match: { text: s.text.slice(a.start - s.start, b.end - s.start), start: a.start, end: b.end },
        message: `Cette phrase a 2 négations : ${q(a.text)} et ${q(b.text)}. C'est très difficile à comprendre. Dites la même chose sans négation.`,
      });
    };
    if (ctx.lang === 'fr') {
      for (let i = 0; i < toks.length; i++) {
        const t = toks[i] as Token;
        const isNe = t.norm === 'ne' || t.elision === "n'";
        if (isNe) {
          const scope = toks.slice(i + (t.elision ? 0 : 1), i + 8);
          const partner = scope.find((x) => NE_PARTNERS.has(x.norm));
          if (!partner) continue; // « ne … que » means « seulement »
          report(t, `${t.elision ? "n'" : 'ne'} … ${partner.norm}`);
          const after = scope.slice(scope.indexOf(partner) + 1);
          const neg = after.find(
            (x) =>
              NEGATIVE_WORDS_FR.has(x.norm) &&
              !(x.norm === 'non' && after[after.indexOf(x) + 1]?.norm === 'plus'),
          );
          if (neg) double(t, neg);
        } else if (
          t.norm === 'sans' ||
          t.norm === 'jamais' ||
          t.norm === 'aucun' ||
          t.norm === 'aucune' ||
          t.norm === 'rien' ||
          t.norm.startsWith('non-')
        ) {
          report(t, t.text);
        }
      }
    } else {
      for (let i = 0; i < toks.length; i++) {
        const t = toks[i] as Token;
        if (/^(not|never|nothing|nobody|none|without|cannot)$/.test(t.norm) || /n't$/.test(t.norm)) {
          report(t, t.text);
          const after = toks.slice(i + 1, i + 4);
          const neg = after.find((x) =>
            /^(without|no|not|never|impossible|unusual|uncommon|unlike|unable)$/.test(x.norm),
          );
          if (neg) double(t, neg);
        }
      }
    }
  }
}

export function passiveVoice(ctx: RuleContext): void {
  for (const s of ctx.sentences) {
    if (s.heading) continue;
    const toks = s.tokens.filter((t) => t.kind === 'word');
    for (let i = 0; i < toks.length; i++) {
      const t = toks[i] as Token;
      let j = i + 1;
      let hit: Token | undefined;
      if (ctx.lang === 'fr') {
        if (!ETRE_FORMS.has(t.norm) || t.elision === "c'") continue;
        while (j < toks.length && PASSIVE_SKIP_FR.has((toks[j] as Token).norm)) j++;
        const p = toks[j];
        if (p && PARTICIPLE_FR.test(p.norm) && !NOT_PASSIVE_FR.has(p.norm) && !p.elision) hit = p;
      } else {
        if (!EN_BE_FORMS.has(t.norm)) continue;
        while (
          j < toks.length &&
          /^(not|also|often|always|never|usually|then|only)$/.test((toks[j] as Token).norm)
        )
          j++;
        const p = toks[j];
        if (
          p &&
          (EN_IRREGULAR_PARTICIPLES.has(p.norm) ||
            (/^\p{L}{3,}ed$/u.test(p.norm) && !EN_NOT_PASSIVE.has(p.norm)))
        )
          hit = p;
      }
      if (hit) {
        ctx.emit({
          rule: 'passive-voice',
          level: 'warning',
          sentence: s,
          match: { text: s.text.slice(t.start - s.start, hit.end - s.start), start: t.start, end: hit.end },
          message: `${q(s.text.slice(t.start - s.start, hit.end - s.start))} est une forme passive. Dites qui fait l'action, par exemple : la CAF verse l'aide.`,
        });
        break;
      }
    }
  }
}
