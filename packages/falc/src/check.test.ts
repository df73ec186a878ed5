import { describe, expect, it } from 'vitest';
import { checkDocument, checkText } from './check.js';
import { RULES } from './rules.js';
import type { CheckOptions, RuleId } from './types.js';

const ids = (text: string, opts?: CheckOptions): RuleId[] =>
  checkText(text, opts).findings.map((f) => f.rule);
const find = (text: string, rule: RuleId, opts?: CheckOptions) =>
  checkText(text, opts).findings.filter((f) => f.rule === rule);

describe('sentence-length', () => {
  it('passes a sentence of 12 words', () => {
    expect(
      find('Vous pouvez demander cette aide à la mairie de votre ville demain.', 'sentence-length'),
    ).toEqual([]);
  });
  it('advises above 12 words and fails above 15', () => {
    const advice = find(
      'Vous pouvez demander cette aide à la mairie de votre ville tous les jours.',
      'sentence-length',
    );
    expect(advice).toHaveLength(1);
    expect(advice[0]?.level).toBe('advice');
    const error = find(
      'Vous pouvez demander cette aide à la mairie de votre ville ou au centre social tous les jours.',
      'sentence-length',
    );
    expect(error[0]?.level).toBe('error');
    expect(error[0]?.message).toContain('18 mots');
  });
  it('points at the right sentence with offsets', () => {
    const text =
      'Bonjour.\nVous pouvez demander cette aide à la mairie de votre ville ou au centre social tous les jours.';
    const [f] = find(text, 'sentence-length');
    expect(f?.sentence.index).toBe(1);
    expect(f?.sentence.line).toBe(2);
    expect(text.slice(f?.sentence.start, f?.sentence.end)).toBe(f?.sentence.text);
    expect(f?.sentence.text.startsWith('Vous pouvez')).toBe(true);
  });
  it('honours custom thresholds', () => {
    expect(
      find('Un deux trois quatre cinq six.', 'sentence-length', { maxWords: { advice: 3, error: 5 } })[0]
        ?.level,
    ).toBe('error');
  });
});

describe('one-idea', () => {
  it('passes a simple sentence', () => {
    expect(find('La CAF vous aide chaque mois.', 'one-idea', { glossary: ['CAF'] })).toEqual([]);
  });
  it('flags semicolons, relative clauses and stacked conjunctions', () => {
    expect(find('Vous remplissez le papier ; vous le donnez.', 'one-idea')).toHaveLength(1);
    expect(find('La personne qui vous aide dit ce que vous devez faire.', 'one-idea')).toHaveLength(1);
    expect(find('Vous venez mais il faut un papier car la loi le dit.', 'one-idea')).toHaveLength(1);
    expect(
      find('Vous pouvez venir le lundi ou le mardi avec votre fils et votre fille à la mairie.', 'one-idea'),
    ).toHaveLength(1);
    expect(find('Vous pouvez venir le lundi ou le mardi.', 'one-idea')).toEqual([]);
  });
});

describe('one-sentence-per-line', () => {
  it('advises when two sentences share a line', () => {
    expect(find('Vous venez.\nVous signez.', 'one-sentence-per-line')).toEqual([]);
    const f = find('Vous venez. Vous signez.', 'one-sentence-per-line');
    expect(f).toHaveLength(1);
    expect(f[0]?.level).toBe('advice');
  });
});

describe('acronym', () => {
  it('passes an acronym written out first, or given in the glossary', () => {
    expect(find("La Caisse d'allocations familiales (CAF) vous aide.\nLa CAF paie.", 'acronym')).toEqual([]);
    expect(
      find('La CAF paie.', 'acronym', {
        glossary: [{ term: 'CAF', definition: 'La caisse qui paie les aides.' }],
      }),
    ).toEqual([]);
    expect(find('La CAF (Caisse d’allocations familiales) paie.', 'acronym')).toEqual([]);
  });
  it('fails an unexplained acronym once, at its first use', () => {
    const f = find('La CPAM paie.\nLa CPAM rembourse.', 'acronym');
    expect(f).toHaveLength(1);
    expect(f[0]?.level).toBe('error');
    expect(f[0]?.match?.text).toBe('CPAM');
    expect(f[0]?.sentence.index).toBe(0);
  });
  it('matches the glossary case-insensitively and in the plural', () => {
    expect(find('Les CCAS aident.', 'acronym', { glossary: ['ccas'] })).toEqual([]);
  });
});

describe('capitals', () => {
  it('fails words in capitals and long shouted words', () => {
    expect(find('ATTENTION AUX DATES.', 'capitals')[0]?.level).toBe('error');
    expect(find('Ce papier est OBLIGATOIRE.', 'capitals')).toHaveLength(1);
  });
  it('passes normal text and explained acronyms', () => {
    expect(find('Ce papier est important.', 'capitals')).toEqual([]);
    expect(find('La CAF et la MSA paient.', 'capitals', { glossary: ['CAF', 'MSA'] })).toEqual([]);
  });
});

describe('italics', () => {
  it('fails markdown and HTML italics', () => {
    expect(find('C’est *important*.', 'italics')).toHaveLength(1);
    expect(find('C’est _important_.', 'italics')).toHaveLength(1);
    expect(find('C’est <em>important</em>.', 'italics')).toHaveLength(1);
    expect(find('C’est <i>important</i>.', 'italics')[0]?.level).toBe('error');
  });
  it('passes bold and plain text', () => {
    expect(find('C’est **important**.', 'italics')).toEqual([]);
    expect(find('Le mot mon_identifiant reste.', 'italics')).toEqual([]);
  });
});

describe('abbreviation', () => {
  it('flags etc., M., n°', () => {
    expect(find('Vous apportez vos papiers, vos photos, etc.', 'abbreviation')).toHaveLength(1);
    expect(find('M. Dupont vous reçoit.', 'abbreviation')).toHaveLength(1);
    expect(find('Votre n° de dossier.', 'abbreviation')).toHaveLength(1);
  });
  it('passes full words', () => {
    expect(find('Monsieur Dupont vous reçoit.', 'abbreviation')).toEqual([]);
  });
});

describe('number-words', () => {
  it('flags numbers in letters', () => {
    expect(find('Vous avez trois enfants.', 'number-words')).toHaveLength(1);
    expect(find('Vous attendez vingt-deux jours.', 'number-words')).toHaveLength(1);
  });
  it('passes digits and the article « un »', () => {
    expect(find('Vous avez 3 enfants et un chien.', 'number-words')).toEqual([]);
  });
});

describe('percentage and large-number', () => {
  it('flags an unexplained percentage', () => {
    expect(find('La CAF garde 30 % de la somme.', 'percentage', { glossary: ['CAF'] })).toHaveLength(1);
    expect(find('Cela fait 10 pour cent.', 'percentage')).toHaveLength(1);
  });
  it('passes a percentage explained in the same or the next sentence', () => {
    expect(find('La CAF garde 50 %, c’est-à-dire la moitié.', 'percentage')).toEqual([]);
    expect(find('La CAF garde 50 %.\nC’est la moitié de la somme.', 'percentage')).toEqual([]);
  });
  it('flags large numbers but keeps years and amounts of money', () => {
    expect(find('Il y a 12 000 personnes.', 'large-number')).toHaveLength(1);
    expect(find('Il y a 2 millions de personnes.', 'large-number')).toHaveLength(1);
    expect(find('En 2026, vous recevez 1 200 € par an.', 'large-number')).toEqual([]);
    expect(find('Le plafond est de 1 200 euros.', 'large-number')).toEqual([]);
    expect(find('Il y a 12 000 personnes, c’est beaucoup.', 'large-number')).toEqual([]);
  });
});

describe('roman-numeral and date-format', () => {
  it('flags roman numerals, not ordinary words', () => {
    expect(find('Lisez le chapitre XII.', 'roman-numeral')).toHaveLength(1);
    expect(find('Le XXIe siècle.', 'roman-numeral')).toHaveLength(1);
    expect(find('Le papier est là.', 'roman-numeral')).toEqual([]);
  });
  it('flags short dates', () => {
    expect(find('Venez le 03/04/2026.', 'date-format')).toHaveLength(1);
    expect(find('Venez le 2026-04-03.', 'date-format')).toHaveLength(1);
    expect(find('Venez le vendredi 3 avril 2026.', 'date-format')).toEqual([]);
  });
});

describe('special-characters', () => {
  it('flags & / § and ellipses', () => {
    expect(find('Vous & votre enfant.', 'special-characters')).toHaveLength(1);
    expect(find('Ouvert 24h/24.', 'special-characters')).toHaveLength(1);
    expect(find('Attendez…', 'special-characters')).toHaveLength(1);
  });
  it('ignores web addresses, placeholders and bold', () => {
    expect(
      find(
        'Allez sur https://www.service-public.fr/particuliers/vosdroits/F19778 pour lire.',
        'special-characters',
      ),
    ).toEqual([]);
    expect(find('Vous recevez {montant:rsa.montant_forfaitaire} par mois.', 'special-characters')).toEqual(
      [],
    );
    expect(find('C’est **important**.', 'special-characters')).toEqual([]);
  });
});

describe('negation and double-negation', () => {
  it('flags a negation as a warning', () => {
    const f = find('Vous n’avez pas de travail.', 'negation');
    expect(f).toHaveLength(1);
    expect(f[0]?.level).toBe('warning');
    expect(find('Vous ne payez rien.', 'negation')).toHaveLength(1);
    expect(find('Vous venez sans rendez-vous.', 'negation')).toHaveLength(1);
  });
  it('does not take « ne … que » for a negation', () => {
    expect(find('Vous ne payez que 5 euros.', 'negation')).toEqual([]);
  });
  it('fails a double negation', () => {
    expect(find('Ce n’est pas impossible.', 'double-negation')[0]?.level).toBe('error');
    expect(find('Vous ne pouvez pas venir sans papier.', 'double-negation')).toHaveLength(1);
    expect(find('Vous ne pouvez pas venir.', 'double-negation')).toEqual([]);
  });
  it('passes positive sentences', () => {
    expect(ids('Vous pouvez venir le lundi.').filter((r) => r.includes('negation'))).toEqual([]);
  });
});

describe('passive-voice', () => {
  it('flags être + past participle', () => {
    expect(find('L’aide est versée chaque mois.', 'passive-voice')).toHaveLength(1);
    expect(find('Votre dossier sera étudié par la mairie.', 'passive-voice')).toHaveLength(1);
    expect(find('Le papier a été envoyé.', 'passive-voice')).toHaveLength(1);
  });
  it('passes active sentences and states', () => {
    expect(find('La mairie verse l’aide chaque mois.', 'passive-voice')).toEqual([]);
    expect(find('Vous êtes marié ou pacsé.', 'passive-voice')).toEqual([]);
    expect(find('Vous êtes né en France.', 'passive-voice')).toEqual([]);
    expect(find('C’est fini.', 'passive-voice')).toEqual([]);
  });
});

describe('figurative and rare-word', () => {
  it('flags idioms and formal words with a hint', () => {
    const f = find('Cette aide est un coup de pouce.', 'figurative');
    expect(f).toHaveLength(1);
    expect(f[0]?.message).toContain('une aide');
    expect(find('Vous percevez l’aide.', 'rare-word')[0]?.message).toContain('recevez');
    expect(find('Vous devez effectuer la demande.', 'rare-word')).toHaveLength(1);
  });
  it('passes plain words', () => {
    expect(find('Cette aide vous donne de l’argent.', 'figurative')).toEqual([]);
    expect(find('Vous recevez l’aide.', 'rare-word')).toEqual([]);
  });
});

describe('glossary', () => {
  it('fails a hard word missing from the glossary, once', () => {
    const f = find('Vous recevez une allocation.\nCette allocation aide.', 'glossary');
    expect(f).toHaveLength(1);
    expect(f[0]?.level).toBe('error');
    expect(f[0]?.match?.text).toBe('allocation');
  });
  it('passes when the glossary has the word, in any number', () => {
    const glossary = [{ term: 'allocation', definition: 'De l’argent.' }];
    expect(find('Vous recevez des allocations.', 'glossary', { glossary })).toEqual([]);
    expect(find('Vous recevez une allocation.', 'glossary', { glossary: ['allocations'] })).toEqual([]);
  });
  it('accepts a longer glossary term that contains the hard word', () => {
    expect(
      find('Demandez la complémentaire santé solidaire.', 'glossary', {
        glossary: ['complémentaire santé solidaire'],
      }),
    ).toEqual([]);
  });
  it('uses extra hard words given in options', () => {
    expect(find('Le quorum est atteint.', 'glossary', { hardWords: ['quorum'] })).toHaveLength(1);
  });
});

describe('heading-form', () => {
  it('passes questions and short labels', () => {
    expect(find('# Pour qui ?', 'heading-form')).toEqual([]);
    expect(find('# Les papiers à donner', 'heading-form')).toEqual([]);
  });
  it('flags long statements used as headings', () => {
    expect(
      find('# Les papiers que vous devez donner à la mairie pour votre dossier', 'heading-form'),
    ).toHaveLength(1);
    expect(find('# Les papiers.', 'heading-form')).toHaveLength(1);
  });
});

describe('paragraph-length', () => {
  it('advises above 5 sentences in one paragraph', () => {
    const six = Array.from({ length: 6 }, (_, i) => `Phrase ${i + 1}.`).join('\n');
    expect(find(six, 'paragraph-length')).toHaveLength(1);
    const split = `${six.split('\n').slice(0, 3).join('\n')}\n\n${six.split('\n').slice(3).join('\n')}`;
    expect(find(split, 'paragraph-length')).toEqual([]);
  });
});

describe('readability', () => {
  it('advises on a hard text and not on an easy one', () => {
    const hard =
      'La détermination administrative préalable conditionne nécessairement la recevabilité ultérieure. ' +
      'Les justifications documentaires complémentaires conditionnent réglementairement l’instruction. ' +
      'Toute modification situationnelle significative implique obligatoirement une actualisation.';
    expect(find(hard, 'readability')).toHaveLength(1);
    const easy = 'Vous avez un enfant.\nVous avez peu d’argent.\nVous pouvez avoir une aide.';
    expect(find(easy, 'readability')).toEqual([]);
    expect(checkText(easy).readability.kandelMoles).toBeGreaterThan(80);
  });
});

describe('options and results', () => {
  it('can disable rules', () => {
    expect(ids('Vous n’avez pas de travail.', { disable: ['negation'] })).not.toContain('negation');
  });
  it('sets ok from error findings only', () => {
    expect(checkText('Vous n’avez pas de travail.').ok).toBe(true);
    expect(checkText('ATTENTION AUX DATES.').ok).toBe(false);
  });
  it('checks English with the rules that apply', () => {
    const r = checkText(
      'You can get this allowance. It is paid by the CAF every month and it helps a lot of people with money.',
      { lang: 'en' },
    );
    const rules = r.findings.map((f) => f.rule);
    expect(rules).toContain('glossary');
    expect(rules).toContain('acronym');
    expect(rules).toContain('passive-voice');
    expect(rules).toContain('sentence-length');
    expect(r.readability.kandelMoles).toBeNull();
  });
  it('gives an empty result for an empty text', () => {
    const r = checkText('');
    expect(r.findings).toEqual([]);
    expect(r.stats.words).toBe(0);
    expect(r.ok).toBe(true);
  });
});

describe('checkDocument', () => {
  it('carries an explained acronym to the next sections and tags findings', () => {
    const r = checkDocument(
      [
        { heading: 'C’est quoi ?', body: 'La Caisse d’allocations familiales (CAF) aide les familles.' },
        { heading: 'Comment faire ?', body: 'Écrivez à la CAF.\nAppelez la CPAM.' },
      ],
      [{ term: 'allocations', definition: 'De l’argent pour vivre.' }],
    );
    const acr = r.findings.filter((f) => f.rule === 'acronym');
    expect(acr.map((f) => f.match?.text)).toEqual(['CPAM']);
    expect(acr[0]?.section).toBe(1);
    expect(acr[0]?.part).toBe('body');
    expect(r.ok).toBe(false);
    expect(r.sections).toHaveLength(2);
    expect(r.sections[0]?.ok).toBe(true);
  });
  it('checks headings and glossary definitions', () => {
    const r = checkDocument(
      [{ heading: 'Les papiers que vous devez donner à la mairie pour votre dossier', body: 'Venez.' }],
      [{ term: 'dossier', definition: 'Les papiers de la DEMANDE ENTIÈRE.' }],
    );
    expect(r.findings.some((f) => f.rule === 'heading-form' && f.part === 'heading')).toBe(true);
    expect(r.findings.some((f) => f.rule === 'capitals' && f.part === 'glossary')).toBe(true);
  });
});

describe('rule messages', () => {
  it('are themselves plain French without error-level findings', () => {
    const samples = [
      ...Object.values(RULES).map((r) => r.description),
      ...checkText(
        'ATTENTION ICI.\nLa CPAM paie 30 % de 12 000 *euros* le 03/04/2026 & le chapitre XII, etc. Vous n’avez pas trois allocations qui ne sont pas impossibles ; c’est un coup de pouce que vous percevez.\n# Les papiers que vous devez donner à la mairie pour votre dossier',
      ).findings.map((f) => f.message),
    ];
    expect(samples.length).toBeGreaterThan(20);
    for (const raw of samples) {
      // Quotes repeat the checked text, which may be wrong on purpose: only the wording around them counts.
      const m = raw.replace(/« [^»]* »/g, '« mot »');
      const errors = checkText(m, { disable: ['acronym', 'glossary'] }).findings.filter(
        (f) => f.level === 'error',
      );
      expect(errors.map((e) => `${e.rule}: ${m}`)).toEqual([]);
    }
  });
});
