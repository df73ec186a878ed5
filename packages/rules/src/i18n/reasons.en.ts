// English reasons of the rights, keyed by right id and condition code. Awaiting review by a native speaker.
import type { ReasonsTable } from './types.js';

const childResources = {
  met: '{who} has their own income ({resources}), at least what their presence adds to the flat amount ({increase}): neither this person nor their income counts in the household.',
};
const child = { one: '{count} child', other: '{count} children' };
const crds = { met: 'Amount after the CRDS of 0.5%, taken from family benefits.' };
const ceiling = {
  met: 'Your income ({rfr}) is not above the ceiling ({ceiling}).',
  notMet: 'Your income ({rfr}) is above the ceiling ({ceiling}).',
};
const housing = {
  met: 'Your housing is known.',
  unknown: 'We do not know where you live: the housing allowance has not been deducted.',
};
const forfait = { met: 'A housing allowance is deducted, because {why}.' };
const benefits = { met: 'These benefits count in your income: {list}.' };
const resources = {
  met: 'Household income taken into account: {value} a month (average of the last 3 months).',
};
const housingUnknown = 'We do not know where you live.';
const bourseCeiling = {
  met: 'Your income ({rfr}) gives level {step} (ceiling {ceiling} for {kids}).',
  notMet: 'Your income ({rfr}) is above the ceiling of level 1 ({ceiling} for {kids}).',
};
const amountNote = {
  met: 'Amount computed with the scale of the {year} school year (a share of the BMAF, rounded to a multiple of €3); the class and the number of dependent children are the ones you gave.',
};

const person = { one: '{count} person', other: '{count} people' };
const rental = {
  met: 'You rent or are looking for a home.',
  notMet: 'This help is for people who rent or are looking for a home to rent.',
  unknown: 'We do not know where you live.',
};

const en: ReasonsTable = {
  review: 'awaiting-review',
  words: {
    'janvier {y}': 'January {y}',
    '1er janvier {y}': '1 January {y}',
    'février {y}': 'February {y}',
    '1er février {y}': '1 February {y}',
    'mars {y}': 'March {y}',
    '1er mars {y}': '1 March {y}',
    'avril {y}': 'April {y}',
    '1er avril {y}': '1 April {y}',
    'mai {y}': 'May {y}',
    '1er mai {y}': '1 May {y}',
    'juin {y}': 'June {y}',
    '1er juin {y}': '1 June {y}',
    'juillet {y}': 'July {y}',
    '1er juillet {y}': '1 July {y}',
    'août {y}': 'August {y}',
    '1er août {y}': '1 August {y}',
    'septembre {y}': 'September {y}',
    '1er septembre {y}': '1 September {y}',
    'octobre {y}': 'October {y}',
    '1er octobre {y}': '1 October {y}',
    'novembre {y}': 'November {y}',
    '1er novembre {y}': '1 November {y}',
    'décembre {y}': 'December {y}',
    '1er décembre {y}': '1 December {y}',
    'la CAF et la MSA retiennent': 'the CAF and the MSA use',
    'la CAF retient (la MSA à partir de juillet 2025)': 'the CAF uses (the MSA from July 2025)',
    'une pension alimentaire': 'child support',
    'des revenus d’indépendant': 'self-employed income',
    'd’autres revenus': 'other income',
    'Paris et communes limitrophes': 'Paris and neighbouring towns',
    'hors Île-de-France': 'outside Île-de-France',
    vous: 'you',
    'votre conjoint ou conjointe': 'your partner',
    'l’enfant « enfant{x} »': 'child {x}',
    'l’enfant « {x} »': 'the child “{x}”',
    'la personne « {x} »': 'the person “{x}”',
    an: { one: '{count} year', other: '{count} years' },
    ans: { one: '{count} year', other: '{count} years' },
    enfant: child,
    enfants: child,
    'enfant a': { one: '{count} child is', other: '{count} children are' },
    'enfants ont': { one: '{count} child is', other: '{count} children are' },
    'enfant est': { one: '{count} child is', other: '{count} children are' },
    'enfants sont': { one: '{count} child is', other: '{count} children are' },
    'enfant à charge': { one: '{count} dependent child', other: '{count} dependent children' },
    'enfants à charge': { one: '{count} dependent child', other: '{count} dependent children' },
    plein: 'full',
    partiel: 'partial',
    ' avec RSDAE': ' with RSDAE',
    ' (inaptitude ou handicap)': ' (unfit for work or disability)',
    'de la CSS gratuite': 'for free CSS',
    'avec participation': 'with a contribution',
    'de la CMU-C': 'for the CMU-C',
    'de l’ACS': 'for the ACS',
    'vous êtes propriétaire sans crédit': 'you own your home with no loan',
    'vous êtes logé gratuitement': 'you are housed for free',
    'vous recevez une aide au logement': 'you receive housing benefit',
    'vous avez droit à une aide au logement': 'you are entitled to housing benefit',
    'Allocations familiales': 'Family allowances',
    'Complément familial': 'Family supplement',
    'Allocation de base de la PAJE': 'PAJE basic allowance',
    'Allocation de soutien familial (ASF)': 'Family support allowance (ASF)',
    'Allocation aux adultes handicapés (AAH)': 'Disabled adult allowance (AAH)',
    'Allocation de solidarité aux personnes âgées (ASPA, minimum vieillesse)':
      'Solidarity allowance for older people (ASPA, minimum old-age pension)',
    'Allocation de solidarité spécifique (ASS)': 'Specific solidarity allowance (ASS)',
    'Vous avez {x} ans': 'You are {x}',
    'Vous êtes salarié': 'You are an employee',
    ', jusqu’à {x}': ', up to {x}',
    'sans logement': 'without housing',
    'en foyer': 'living in a hostel',
    hébergé: 'staying with someone',
    'le RSA': 'the RSA',
    'l’ASS': 'the ASS',
    personne: person,
    personnes: person,
    '65 ans ou plus': '65 or over',
    '60 ans ou plus, inapte au travail': '60 or over, unfit for work',
  },
  reasons: {
    pension_reversion: {
      widowed: {
        met: 'Your husband or wife has died.',
        notMet: 'This help is for a person whose husband or wife has died.',
        unknown: 'If your husband or wife has died, say so: there is help for you.',
      },
      age: {
        met: 'You are 55 or over ({age} years old).',
        notMet:
          'In the general scheme, the survivor’s pension starts at 55; before, see the widow’s or widower’s allowance.',
        unknown: 'The general scheme’s survivor’s pension needs you to be 55: your date of birth is missing.',
      },
      ceiling: {
        met: 'Your income ({resources} a year) is under the ceiling ({ceiling}): the general scheme’s survivor’s pension is 54% of your spouse’s pension. The complementary pension (Agirc-Arrco) pays 60%, whatever your income.',
        notMet:
          'Your income ({resources} a year) is above the general scheme’s ceiling ({ceiling}); the complementary pension’s survivor’s pension (Agirc-Arrco) is still possible, whatever your income.',
      },
    },
    allocation_veuvage: {
      widowed: {
        met: 'Your husband or wife has died.',
        notMet: 'This help is for a person whose husband or wife has died.',
        unknown: 'If your husband or wife has died, say so: there is help for you.',
      },
      age: {
        met: 'You are under 55 ({age} years old).',
        notMet: 'From 55, the survivor’s pension takes over.',
        unknown: 'The widow’s or widower’s allowance is for people under 55: your date of birth is missing.',
      },
      amount: {
        met: 'Your income: {resources} a month, ceiling {ceiling}: allowance of {value} a month, for 2 years (until 55 if you were 50 when your spouse died). You must have been married, and your spouse must have paid contributions for at least 3 months in the year before the death.',
        notMet: 'Your income ({resources} a month) is above the ceiling ({ceiling}).',
      },
    },
    aide_menagere: {
      age: {
        met: 'Age ({who}): {age} years old ({rule}).',
        notMet:
          'Home help from social aid is for people aged 65, or 60 if they are recognised as unfit for work.',
      },
      resources: {
        met: 'Income ({resources} a year) under the ASPA ceiling ({ceiling}): the département can pay for hours of home help (cleaning, shopping, meals) if you need it and do not get the APA. Above it, your pension fund can help.',
        notMet:
          'Income ({resources} a year) above the ASPA ceiling ({ceiling}): your pension fund can help pay for home help.',
      },
    },
    aide_permis_apprenti: {
      apprentice: {
        met: 'Apprentice aged 18 or over ({who}): a one-off payment of {value} for the car driving licence (permis B), to ask for at the training centre (CFA).',
        notMet: 'This help is for apprentices aged 18 or over who take the car driving licence (permis B).',
      },
    },
    ajpp: {
      amount: {
        met: 'Last known amount: {value} a day (2025), at most 22 days a month and 310 days over 3 years; an extra payment for costs exists, depending on income.',
      },
      child: {
        met: 'Child under 20 with a serious illness, disability or accident ({who}): if you stop working to be with the child, the AJPP pays each day of leave.',
        notMet:
          'The AJPP is for a parent who stops working for a child who is seriously ill, disabled or injured in an accident.',
      },
    },
    are: {
      exhausted: {
        notMet: 'Your unemployment rights have ended: look at the ASS, the RSA and the prime d’activité.',
      },
      paid: {
        met: 'You already receive unemployment benefit ({value} a month).',
      },
      seeking: {
        met: 'Without a job ({who}).',
        notMet: 'Unemployment benefit is for people who have lost their job.',
      },
      worked: {
        met: 'If you worked at least 6 months (130 days or 910 hours) in the last 24 months (36 months after 55) and lost your job without choosing to (or by mutual agreement, rupture conventionnelle), register quickly with France Travail: the ARE (unemployment benefit) depends on your past wages, France Travail calculates it.',
      },
    },
    aripa: {
      separated: {
        met: 'You raise a child alone and the other parent owes child support ({who}): the CAF can collect it from them and pay it to you every month, and claim it if they do not pay.',
        notMet: 'The Aripa is for a separated parent who receives, or should receive, child support.',
      },
    },
    asi: {
      age: {
        met: 'You have not reached the legal retirement age.',
        notMet: 'After the legal retirement age, the ASPA takes over.',
        unknown: 'The ASI stops at the legal retirement age (62 to 64, depending on the year of birth).',
      },
      amount: {
        met: 'Household income: {resources} a month, ceiling {ceiling}: ASI estimated at {value} a month (the April 2025 ceiling is the latest we have; income from work has a deduction we do not calculate).',
        notMet: 'The household income ({resources} a month) is above the ASI ceiling ({ceiling}).',
      },
      invalid: {
        met: 'You cannot work for health reasons ({who}): the ASI adds to a disability pension (or a disabled widow’s or widower’s pension) when income is low.',
        notMet:
          'The ASI adds to a disability pension: it is for people who can no longer work for health reasons.',
      },
    },
    avance_loca_pass: {
      housing: rental,
      who: {
        met: '{reason}: the employers’ housing body lends you the deposit{max}, with no interest. You pay it back at least €20 a month, over 25 months at most. It is a loan, not a benefit: it does not count in your income.',
        notMet:
          'The Loca-Pass advance (avance Loca-Pass) is for people under 30 and for employees of a private company (not in farming).',
        unknown: 'The Loca-Pass advance depends on your age or your job: the date of birth is missing.',
      },
    },
    bourse_crous: {
      resources: {
        met: 'It depends on your parents’ income (revenu fiscal de référence) and on points for your situation (distance, brothers and sisters who are students): it is paid over 10 months, from level 0 bis to level 7.',
      },
      student: {
        met: 'Higher education ({who}, {age} years old): ask for the grant before 28, with the student social file (dossier social étudiant, DSE), from 1 March to 31 May for the next school year.',
        notMet: 'The Crous grant is for students under 28 (no age limit with a recognised disability).',
      },
    },
    cir: {
      newcomer: {
        met: 'You arrived in France recently with a first residence permit ({who}): the OFII meets you for the republican integration contract (contrat d’intégration républicaine), with free French lessons and civic training, and a job review.',
        notMet:
          'The CIR is for people from outside the European Union who receive a first residence permit to settle in France.',
        unknown: 'We need to know how long you have had a residence permit.',
      },
    },
    cmg: {
      activity: {
        met: 'You work (or study, or receive the AAH, the ASS or the RSA with a plan to find work): the CMG is possible if you employ a childminder (assistante maternelle) or a home childcarer.',
        notMet:
          'The CMG needs the single parent, or both parents, to work (or study, or receive the AAH, the ASS or the RSA with a plan to find work).',
        unknown: 'The activity is missing ({who}).',
      },
      calculation: {
        met: 'Since 1 September 2025, the CMG is calculated like a place in a nursery: childcare cost × (1 − monthly income × effort rate ÷ reference hourly cost). It depends on the hours of childcare, the hourly wage, your income and the number of children: the CAF calculates it, we do not estimate it.',
      },
      child: {
        met: 'Child under 6 ({who}).',
        notMet: 'The CMG is for the care of a child under 6.',
      },
    },
    complementaire_sante_senior: {
      age: {
        met: 'Age ({who}): {age} years old.',
        notMet: 'This local help is mostly for people aged 65 or over.',
      },
      css: {
        met: 'The free or low-cost health cover (complémentaire santé solidaire) does not seem open to you: many towns (“mutuelle communale”), départements or pension funds help pay for a health insurance top-up. Ask the CCAS what exists where you live.',
        notMet: 'The complémentaire santé solidaire covers you better: ask for it first.',
      },
    },
    conge_naissance: {
      birth: {
        met: 'Birth expected or child born since 1 January 2026 ({who}).',
        notMet: 'Birth leave (congé de naissance) follows a recent birth or adoption (since 1 January 2026).',
      },
      exists: {
        notMet: 'The extra birth leave is for children born or adopted from 1 January 2026.',
      },
      worker: {
        met: 'You work ({who}): each parent can take 1 or 2 months after maternity or paternity leave, together or one after the other. It pays about 70% of the net wage in the 1st month and 60% in the 2nd (up to a limit): the fund does the calculation.',
        notMet: 'Birth leave is for parents who work.',
        unknown: 'The activity is missing ({who}).',
      },
    },
    dalo: {
      housing: {
        met: 'You are {situation}: you can go to your département’s DALO mediation committee (commission de médiation) to be housed or sheltered first (with a social housing application in progress).',
        notMet:
          'The DALO (right to housing) is mostly for people without housing, staying with others, in a hostel, threatened with eviction, in unfit housing, or waiting too long for social housing.',
        unknown: 'We do not know where you live.',
      },
    },
    demande_retraite: {
      age: {
        met: 'Age ({who}): {age} years old, with no pension given: the legal retirement age is 62 to 64, depending on the year of birth. A pension is never paid without asking: ask 6 months before the date you choose.',
        notMet: 'Nobody in the household is close to retirement age without receiving a pension.',
      },
    },
    domiciliation: {
      address: {
        met: 'Without a stable home, your town’s CCAS (or an approved association) must give you a free address (domiciliation): it lets you receive post and ask for benefits (RSA, CSS, CAF, papers).',
        notMet: 'You have a stable address: you do not need a domiciliation.',
        unknown: 'We do not know where you live.',
      },
    },
    garantie_visale: {
      housing: rental,
      who: {
        met: '{reason}: the employers’ housing body acts as your guarantor for free and pays the landlord if the rent is not paid (you pay it back later, with a payment plan). Ask for the visa on visale.fr before you sign the lease.',
        notMet:
          'Visale is for people aged 18 to 30, and after 30 for employees starting a job or earning little (and for households housed by an association).',
        unknown: 'Visale depends on your age and your job: the date of birth is missing.',
      },
    },
    mva: {
      aah80: {
        met: 'AAH with a disability rate of at least 80% ({who}).',
        notMet: 'The MVA is added to the AAH of people whose disability rate is at least 80%.',
      },
      housing: {
        met: 'You have your own home and a housing benefit.',
        notMet: 'The MVA needs you to have your own home and to receive a housing benefit.',
        unknown: 'We need to know if you receive a housing benefit for your own home.',
      },
      no_work: {
        met: 'You have no income from work: MVA of {value} a month.',
        notMet: 'The MVA is not paid with income from work.',
      },
    },
    point_conseil_budget: {
      modest: {
        met: 'Your income is low: a Point conseil budget helps you for free to plan your budget, to talk to your bank and, if needed, to file an over-indebtedness case (dossier de surendettement) with the Banque de France.',
        notMet:
          'From your answers, your income is not low; a Point conseil budget is still open to everyone in difficulty.',
      },
    },
    prepare: {
      child: {
        met: 'Child under 3 ({who}).',
        notMet: 'The PreParE is for a parent who stops or reduces work for a child under 3.',
      },
      contributions: {
        met: 'You need at least 8 quarters of pension contributions (within 2 years for a first child, 4 years for the second, 5 years after that): the CAF checks it.',
      },
      leave: {
        met: 'Parental leave ({who}): full-rate PreParE of {value} a month if you stopped working (less if you work part-time).',
        notMet:
          'Nobody said they are on parental leave: if a parent stops or reduces work, the PreParE can help.',
      },
      one_child: {
        met: 'For only one child, each parent can receive it for 6 months, until the child’s first birthday.',
      },
    },
    prime_naissance: {
      ceiling: {
        met: 'Your income ({rfr}) is under the ceiling ({ceiling}; children, including the one to be born: {n}): birth grant of {value}, after the CRDS of 0.5%.',
        notMet:
          'Your income ({rfr}) is above the ceiling ({ceiling}; children, including the one to be born: {n}).',
      },
      expecting: {
        met: 'A pregnancy is under way: the grant is paid once, in the 7th month of pregnancy.',
        notMet: 'You ask for the birth grant during pregnancy.',
      },
      newborn: {
        met: 'A child under one lives with you: if the grant has not been paid, you can still ask for it (2 years at most).',
      },
    },
    prime_noel: {
      amount: {
        met: 'Amount for your household: {value} ({persons}), set each year by decree (€152.45 for a single person). It is paid once, in December: it is not a monthly income.',
      },
      mayotte: {
        met: 'In Mayotte, the amounts are different (about half): we do not calculate them.',
      },
      minimum: {
        met: 'You receive (or can receive) {which}: the Christmas bonus (prime de Noël) is paid in mid-December, without any step, to people entitled in November or December.',
        notMet:
          'The Christmas bonus is for people who receive the RSA, the ASS or the AER in November or December.',
      },
    },
    rqth: {
      disability: {
        met: 'Disability or health problem ({who}): the RQTH (recognition as a disabled worker) gives access to Cap emploi, to changes at your workplace, to companies’ duty to employ disabled workers, and to training.',
        notMet: 'The RQTH is for people aged 16 or over whose disability or health makes work harder.',
      },
    },
    tarif_social_cantine: {
      modest: {
        met: 'Your income is low: ask the town hall (mairie) for the lowest price.',
        notMet: 'Your income seems above the usual social prices (the rules are local).',
      },
      pupil: {
        met: 'Child at nursery or primary school ({who}): many towns have a price based on the family quotient (quotient familial), sometimes €1 a meal (helped by the State).',
        notMet: 'The social price for the school canteen is for children aged about 3 to 11, at school.',
      },
    },
    common: {
      receiving: {
        met: 'You said you already receive this benefit.',
        notMet: 'You did not say you receive this benefit.',
      },
      incomes: {
        met: 'Income known ({who}).',
        notMet: 'Income missing ({who}).',
        unknown: 'We do not know the income ({who}): the result still needs to be confirmed.',
      },
      birth_date: {
        met: 'Date of birth known ({who}).',
        notMet: 'Date of birth missing ({who}).',
        unknown: 'The date of birth is missing ({who}).',
      },
      rfr: {
        met: 'Reference tax income taken into account: {value} (tax notice, income of year N-2).',
        notMet: 'Reference tax income unknown.',
      },
      rfr_estimate: {
        met: 'You did not give your reference tax income: we estimated it at {value} from your current income (the law uses the income of year N-2). This is an estimate.',
        notMet: 'Reference tax income unknown.',
      },
      partner: {
        met: 'Your partner is described.',
        notMet: 'Your partner is not described.',
        unknown: 'You live as a couple, but your partner is not described: their income is missing.',
      },
      nationality: {
        met: 'Nationality known.',
        notMet: 'Nationality unknown.',
        unknown:
          'The nationality is missing ({who}): French, European Union or other. It can change the right.',
      },
      residence: {
        met: 'Your residence status allows this benefit.',
        notMet:
          'For people from outside the European Union, this benefit needs at least {years} years with a residence permit; you said {have} years.',
        unknown:
          'For a person from outside the European Union, we need to know for how many years they have had a residence permit.',
      },
    },
    af: {
      children: {
        met: 'You have {n} under 20 in your care.',
        notMet: 'You need at least 2 children under 20 in your care; you have {count}.',
      },
      overseas_one_child: {
        met: 'Overseas (except Mayotte), family allowances start from the first child.',
        unknown:
          'In Mayotte, family allowances start from the first child: their amount is not computed here.',
      },
      age_supplement: {
        met: 'Age supplement for {n} (14 or older; 18 for children who turn 14 from 1 March 2026).',
      },
      forfait_20: { met: 'Flat-rate allowance for {n} aged 20 (family of at least 3 children).' },
      modulation: {
        met: 'Your income ({rfr}) is under the first ceiling ({t1}): full amount.',
        notMet: 'Your income ({rfr}) is above {limit}: the amount is divided by {div}.',
      },
      degressive: {
        met: 'Your income is above this ceiling by less than a year of allowances: a decreasing supplement of {value} a month is added.',
      },
      crds,
    },
    cf: {
      children: {
        met: 'You have {n} aged 3 to 21 in your care.',
        notMet: 'You need at least 3 children aged 3 to 21 in your care; you have {count}.',
      },
      no_child_under_3: {
        met: 'No child is under 3.',
        notMet: 'A child is under 3: the PAJE applies instead.',
      },
      ceiling,
      majore: {
        met: 'Your income is under {limit}: higher family supplement.',
        notMet: 'Your income is above {limit}: family supplement at the basic rate.',
      },
      differential: {
        met: 'Your income is a little above the ceiling: a reduced (differential) family supplement is paid.',
      },
      two_incomes: {
        met: 'Higher ceiling: single parent, or couple with two work incomes (judged from your current income).',
        notMet: 'Basic ceiling: couple with only one work income.',
      },
      crds,
    },
    paje_base: {
      young_child: { met: 'You have a child under 3.', notMet: 'You need a child under 3.' },
      old_scale: { met: 'Before April 2018, another scale applied: the amount is not computed here.' },
      pregnancy: { met: 'A pregnancy is under way: the basic allowance can be paid after the birth.' },
      ceiling: {
        met: 'Your income ({rfr}) is under the ceiling for the {rate} rate ({ceiling}).',
        notMet: 'Your income ({rfr}) is above the ceiling for the partial rate ({ceiling}).',
      },
      crds,
    },
    asf: {
      alone: {
        met: 'You bring up your children alone.',
        notMet: 'The ASF is only for a parent who lives alone (no spouse, partner or PACS).',
      },
      children: { met: 'You have {n} under 20.', notMet: 'You need a child under 20 in your care.' },
      other_parent: {
        met: '{n} receive no support (or almost none) from the other parent.',
        notMet: 'The other parent pays support at least equal to the ASF for each child.',
        unknown: 'We need to know if the other parent of {who} pays child support.',
      },
      differential: { met: 'The support received ({pension}) is deducted: differential ASF.' },
      crds,
    },
    ars: {
      children: {
        met: '{n} of ARS age for the {year} school year (6 before the end of the year, under 18 on 15 September).',
        notMet: 'No child is of ARS age for the {year} school year (6 to 18).',
      },
      school: {
        met: 'The children aged 16 and over are at school or in an apprenticeship.',
        notMet: 'A child aged 16 or over is not at school: they do not give a right to the ARS.',
        unknown: 'We need to know if {who} (16 or over) is still at school.',
      },
      ceiling,
      differential: {
        met: 'Your income is a little above the ceiling: a reduced (differential) ARS is paid.',
        notMet: 'The differential ARS would be under the minimum paid ({min}).',
      },
      crds,
    },
    aah: {
      rate: {
        met: 'Disability rate ({who}): {rate}%{extra}.',
        notMet:
          'The AAH needs a disability rate of at least 80%, or 50 to 79% with a lasting restriction of access to work (RSDAE) recognised by the MDPH.',
        unknown:
          'With a rate of 50 to 79%, a substantial and lasting restriction of access to work (RSDAE) recognised by the MDPH is needed.',
      },
      no_rate: { notMet: 'No disability rate recognised by the MDPH was given.' },
      age: {
        met: 'Age ({who}): {age} years old, at least 20.',
        notMet:
          'The AAH starts at 20 (16 if the child is no longer dependent); with a rate of 50 to 79%, it stops at the legal retirement age ({max} years).',
        unknown: 'The date of birth is missing ({who}).',
      },
      couple_rfr: {
        met: 'Income of the couple taken into account: reference tax income of {value} (year N-2), after the allowance on the partner’s income.',
        unknown:
          'For this month, the AAH depends on the couple’s income of year N-2: give the reference tax income.',
      },
      partner_income: {
        met: 'Since October 2023, a partner’s income no longer counts for the AAH.',
        notMet: 'For this month, the partner’s income still counts for the AAH (before October 2023).',
      },
      amount: {
        met: 'Income taken into account: {resources} a year; ceiling {ceiling}: AAH of {value} a month.',
        notMet: 'Your income ({resources} a year) is above the ceiling ({ceiling}).',
      },
    },
    aspa: {
      age: {
        met: 'Age ({who}): {age} years old{extra}.',
        notMet:
          'The ASPA needs you to be 65 (or the legal retirement age if you are unfit for work or disabled).',
        unknown: 'The date of birth is missing ({who}).',
      },
      amount: {
        met: 'Income taken into account: {resources} a year, ceiling {ceiling}: ASPA of {value} a month.',
        notMet: 'Your income ({resources} a year) is above the ceiling ({ceiling}).',
      },
      approx: {
        met: 'Work income only counts above {allowance} a month (a flat allowance, computed here from the gross monthly minimum wage).',
      },
    },
    ass: {
      mayotte: { met: 'In Mayotte, the ASS has its own amount: {day} a day.' },
      unemployed: { met: 'Looking for work ({who}).', notMet: 'The ASS is for job seekers.' },
      exhausted: {
        met: 'Unemployment benefit has ended.',
        notMet: 'The ASS comes after unemployment benefit (ARE) has ended.',
        unknown: 'We need to know if unemployment benefit (ARE) has ended.',
      },
      worked: {
        met: 'You worked at least 5 years in the last 10 years.',
        notMet: 'The ASS needs 5 years of work in the 10 years before the end of the contract.',
        unknown: 'We need to know if you worked 5 years in the last 10 years.',
      },
      amount: {
        met: 'Household income: {resources} a month, ceiling {ceiling}: ASS of {value} a month.',
        notMet:
          'The household income ({resources} a month) is above the ceiling ({ceiling}), or the ASS would be less than one day.',
      },
    },
    aide_logement: {
      overseas_scale: {
        met: 'Overseas scale (zone 2).',
      },
      overseas_r0: {
        met: 'Overseas allowance for one dependant: the latest we know dates from {year} ({r0}), to confirm with the CAF.',
      },
      scale: {
        met: 'The scale from {next} is not in our data yet: we use the one from {from}.',
      },
      deduction: {
        met: 'Wages, unemployment benefit, sick pay and pensions count after the 10 % tax deduction.',
      },
      estimate: {
        met: 'Rough idea only: rent taken {rent} (ceiling {ceiling}), income over 12 months {resources}, {minus} and the 0.5 % CRDS deducted. Only the CAF computes the exact amount.',
        notMet:
          'From this calculation, your income is too high: the benefit would be under the minimum paid ({min}).',
      },
      minimum: {
        notMet:
          'Depending on the zone of your town, the benefit would be {low} to {high}; under {min}, it is not paid.',
      },
      neutralised: {
        met: 'With the RSA, your wages and unemployment benefit do not count (neutralisation).',
      },
      overseas: {
        notMet: 'Overseas, housing benefit has its own scale.',
        unknown: 'Overseas, housing benefit has its own scale: the amount is not computed here.',
      },
      sharing: {
        met: 'Flat share or a room: the rent ceiling is lower.',
      },
      rls: {
        met: 'Social housing (HLM): with your income, your rent goes down by {rls} a month (réduction de loyer de solidarité) and the benefit by {cut} (98 % of that sum); this is counted here.',
      },
      rls_over: {
        met: 'Social housing (HLM): your income is above the ceiling of the réduction de loyer de solidarité; your rent and the benefit do not go down.',
      },
      student: {
        met: 'Student under 28: flat-rate income of {value} a year ({less} less if you have a student grant).',
      },
      tenant: {
        met: 'You rent your home (or live in a hostel) and pay rent.',
        notMet:
          'Housing benefit is for tenants (or hostel residents); loans signed since 2018 almost never give a right to it.',
        unknown: housingUnknown,
      },
      rent: {
        met: 'Rent given: {rent} a month.',
        notMet: 'No rent given.',
        unknown: 'The amount of the rent is missing.',
      },
      zone: { met: 'Zone {zone} used from your département: the exact zone depends on the town.' },
      zone_commune: { met: 'Your town is in zone {zone} for housing benefit.' },
      before_2021: {
        met: 'Before 2021, the benefit was computed on the income of year N-2; the rough idea uses your current income.',
      },
    },
    rsa: {
      source_months: {
        met: 'Household income taken into account: {value} a month (the income you gave). For {month}, {who} the income from {from} to {to} (income reported at source): wages, unemployment benefit, pensions and sick pay are pre-filled; you declare child support, self-employed, foreign and capital income yourself.',
      },
      to_declare: {
        met: 'Income you mentioned ({list}): you declare it yourself.',
      },
      child_resources: childResources,
      age: {
        met: 'Age: {age} years old, this allows the RSA.',
        notMet:
          'The RSA needs you to be 25, or 18 with a dependent child or a pregnancy. (The “young worker RSA” exists for 18 to 24 year-olds who have worked a lot.)',
        unknown: 'The date of birth is missing to check the age (25, or younger with a child).',
      },
      student: {
        met: 'You are not a student.',
        notMet: 'Students cannot get the RSA, except in some cases (ask the CAF).',
      },
      housing,
      forfait_logement: forfait,
      benefits,
      resources,
      amount: {
        met: 'Flat amount of {base} for your household, minus your income: {value} a month.',
        notMet: 'Your income ({resources}) is above the flat RSA amount for your household ({base}).',
      },
      majoration: {
        met: 'Single parent with a child under 3 or pregnant: the amount is higher (increased RSA).',
        notMet: 'Single parent for less than 12 months? The RSA can be increased: ask the CAF.',
      },
      minimum: {
        notMet: 'The computed amount ({value}) is under the minimum paid ({min}): the RSA is not paid.',
      },
    },
    ppa: {
      source_months: {
        met: 'Household income taken into account: {value} a month (the income you gave). For {month}, {who} the income from {from} to {to} (income reported at source): wages, unemployment benefit, pensions and sick pay are pre-filled; you declare child support, self-employed, foreign and capital income yourself.',
      },
      to_declare: {
        met: 'Income you mentioned ({list}): you declare it yourself.',
      },
      child_resources: childResources,
      age: {
        met: 'You are 18 or older.',
        notMet: 'The activity bonus needs you to be 18 or older.',
        unknown: 'The date of birth is missing to check the age (18).',
      },
      activity: {
        met: 'Work income of the household: {value} a month.',
        notMet: 'The activity bonus needs work income (a salary or self-employment).',
      },
      apprentice: {
        met: 'Student or apprentice ({who}): work income of {value}, at least {floor} a month, so it counts.',
        notMet:
          'Student or apprentice ({who}): work income of {value}, under the threshold of {floor} a month, so it does not give a right to the bonus.',
      },
      activity_counted: { notMet: 'No work income in the household gives a right to the bonus.' },
      aah_activity: {
        met: 'The AAH counts as work income, because the person who receives it works ({who}).',
      },
      bonus: { met: 'Individual bonus of {value} for work income ({who}).' },
      housing,
      forfait_logement: forfait,
      benefits,
      resources,
      amount: {
        met: 'Bonus computed: {value} a month.',
        notMet: 'Your income is too high: the computed bonus is zero.',
      },
      minimum: {
        notMet: 'The computed amount ({value}) is under the minimum paid ({min}): the bonus is not paid.',
      },
    },
    css: {
      parents: {
        notMet: 'You are under 25 and live with your parents.',
        unknown:
          'Under 25 and living with your parents: you belong to their household (article R861-2 of the Social Security Code), so their income counts.',
      },
      covered: {
        met: 'You are covered by the national health insurance (PUMa).',
        notMet: 'Without a regular stay, the state medical aid (AME) applies.',
      },
      rsa: { met: 'With the RSA, the Complémentaire santé solidaire is free.' },
      resources: {
        met: 'Income of the last 12 months estimated at {resources}: under the ceiling {which} ({ceiling}).',
        notMet: 'Income of the last 12 months estimated at {resources}: above the ceiling ({ceiling}).',
      },
      forfait: { met: 'A housing allowance of {value} a year is added to the income.' },
      participation: { met: 'Contribution: {value} a month for the household, by each person’s age.' },
      before_css: {
        met: 'Before November 2019, there was the CMU complémentaire (free) and the help towards complementary health insurance (ACS).',
      },
      annual: {
        met: 'Estimate: the income of the last 12 months is estimated from your current monthly income.',
      },
    },
    cheque_energie: {
      housing: {
        met: 'You have your own home (tenant, owner or in a hostel).',
        notMet: 'The energy voucher needs you to have your own home (not housed for free).',
        unknown: housingUnknown,
      },
      ceiling: {
        met: 'Reference tax income per consumption unit ({uc} CU): {perUc}, under {limit}.',
        notMet: 'Reference tax income per consumption unit ({uc} CU): {perUc}, above {limit}.',
      },
      declared: { met: 'You must have declared your income to the tax office, even if it is zero.' },
    },
    bourse_college: {
      pupil: {
        met: '{n} at collège (secondary school, ages 11 to 15).',
        notMet: 'No child is at collège.',
        unknown: 'From their age, {who} could be at collège: give their class.',
      },
      ceiling: bourseCeiling,
      amount_note: amountNote,
    },
    bourse_lycee: {
      pupil: {
        met: '{n} at lycée (secondary school, ages 15 to 18).',
        notMet: 'No child is at lycée.',
        unknown: 'From their age, {who} could be at lycée: give their class.',
      },
      ceiling: bourseCeiling,
      amount_note: amountNote,
    },
    ame: {
      stay: {
        met: 'You are a foreign national without a residence permit.',
        notMet:
          'The AME is only for foreign nationals without a residence permit; others are covered by the national health insurance.',
        unknown:
          'For a person from outside the European Union, we need to know if they have a residence permit.',
      },
      resources: {
        met: 'Your income ({resources} a year) is under the ceiling ({ceiling}).',
        notMet: 'Your income ({resources} a year) is above the ceiling ({ceiling}).',
      },
    },
    puma: {
      stay: {
        met: 'You live in France legally: the national health insurance pays for your care.',
        notMet: 'Without a residence permit, the AME applies.',
        unknown: 'We need to know if you have a residence permit.',
      },
    },
    aeeh: {
      child: {
        met: 'Child under 20 ({who}) with a disability rate of {rate}%.',
        notMet: 'The AEEH is for a child under 20 with a disability rate of at least 50% set by the MDPH.',
      },
      rate50: {
        met: 'Between 50 and 79%, the AEEH also depends on care or a specialised setting: the MDPH decides.',
      },
    },
    pch: {
      disability: {
        met: 'Disability recognised ({who}): the PCH depends on the difficulties in daily life, assessed by the MDPH.',
        notMet: 'The PCH is for people with serious difficulties due to a disability.',
      },
    },
    apa: {
      age: {
        met: 'Age ({who}): {age} years old, 60 or older.',
        notMet: 'The APA is for people aged 60 or older.',
      },
      autonomy: {
        met: 'A loss of independence is possible (disability or unfitness given): the département assesses it.',
        notMet: 'Nothing shows a loss of independence; if you need help in daily life, ask for the APA.',
      },
    },
    cmi: {
      rate: {
        met: 'Disability rate ({who}): {rate}%: “invalidity” card (80% or more) or “priority” card, as the MDPH decides.',
        notMet: 'The CMI needs a disability recognised by the MDPH.',
      },
    },
    fsl: {
      housing: {
        met: 'Your housing situation may be covered by the FSL (moving in, staying, energy, water).',
        notMet: 'The FSL helps tenants, people looking for a home and people with unpaid energy bills.',
        unknown: housingUnknown,
      },
      resources: {
        met: 'Your income is modest: each département sets the FSL ceilings.',
        notMet: 'Your income seems above the usual FSL ceilings (set by each département).',
      },
    },
    logement_social: {
      plai: {
        met: 'Very social homes (PLAI) go first to the smallest incomes: ask whether you qualify.',
      },
      ceilings: {
        met: 'Reference tax income {rfr}: under the ceiling of the most common social housing (PLUS, {plus} for your household, {zone}).',
        notMet:
          'Reference tax income {rfr}: above the highest ceiling of social housing (PLS, {pls} for your household, {zone}).',
      },
      pls: {
        met: 'Reference tax income {rfr}: above the PLUS ceiling ({plus}) but under that of PLS housing ({pls}), which is less common.',
      },
      zone_guess: {
        met: 'Inner suburbs of Paris: ceiling of Paris and its neighbouring towns (lower elsewhere).',
      },
      housing: {
        met: 'You are not already a social housing tenant or a home owner.',
        notMet: 'You are already a social housing tenant or a home owner (you can still ask to move).',
        unknown: housingUnknown,
      },
    },
    cej: {
      allowance: {
        met: 'Up to {max} a month if the tax household (yours or your parents’) pays no income tax; less if it pays some or with a wage.',
        unknown:
          'Up to {max} a month if the tax household (yours or your parents’) pays no income tax; less if it pays some or with a wage.',
      },
      age: {
        met: 'Age ({who}): {age} years old, between 16 and 25 (29 with a recognised disability).',
        notMet: 'The CEJ is for young people aged 16 to 25 (29 with a recognised disability).',
        unknown: 'The date of birth is missing.',
      },
      activity: {
        met: 'No job, no studies, no training ({who}).',
        notMet: 'The CEJ is for young people without a job or training.',
        unknown: 'We need to know if the person ({who}) works or studies.',
      },
    },
    inscription_france_travail: {
      seeking: {
        met: 'Looking for work or entitled to the RSA ({who}): registering with France Travail is useful (and compulsory with the RSA).',
        notMet: 'Nobody in the household said they are looking for work.',
      },
      registered: { met: 'Unemployment benefit received ({who}): registration is probably already done.' },
    },
    mission_locale: {
      age: {
        met: 'Age ({who}): {age} years old; the mission locale helps 16 to 25 year-olds who have left school.',
        notMet: 'The mission locale helps young people aged 16 to 25 who have left school.',
      },
    },
    pass_sport: {
      exists: { notMet: 'The Pass’Sport was created for the 2021 school year.' },
      young: {
        met: 'Age ({who}): {age} years old, with the ARS, the AEEH or the AAH in the household.',
        notMet:
          'The Pass’Sport is for young people aged {min} to 17 whose family receives the ARS, 6 to 19 year-olds with the AEEH and 16 to 30 year-olds with the AAH.',
      },
    },
    tarif_social_transport: {
      modest: {
        met: 'Your income or your benefits (RSA, CSS, AAH…) often give a right to the social fare: the rules are local.',
        notMet: 'From your answers, your income seems above the usual social fares (the rules are local).',
      },
    },
    aide_juridictionnelle: {
      modest: {
        met: 'If you need a lawyer or must go to court, your income may give a right to legal aid (with the RSA or the ASPA, it is given without checking income).',
        notMet:
          'Your income seems high for legal aid; partial aid is still possible depending on the reference tax income.',
      },
    },
    mediation_numerique: {
      steps: {
        met: 'Several benefits are claimed online: free help exists near you.',
        notMet: 'Nothing to do online from your answers.',
      },
    },
  },
};

export default en;
