// English reasons of the rights, keyed by right id and condition code. Awaiting review by a native speaker.
import type { ReasonsTable } from './types.js';

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
      scale: {
        met: 'The scale from {next} is not in our data yet: we use the one from {from}.',
      },
      deduction: {
        met: 'Wages, unemployment benefit, sick pay and pensions count after the 10 % tax deduction.',
      },
      estimate: {
        met: 'Rough idea only: rent taken {rent} (ceiling {ceiling}), income over 12 months {resources}, {minus} deducted. Only the CAF computes the exact amount.',
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
