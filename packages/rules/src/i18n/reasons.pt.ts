// Portuguese (European) reasons of the rights, keyed by right id and condition code. Awaiting review by a
// native speaker.
import type { ReasonsTable } from './types.js';

const childResources = {
  met: '{who} tem rendimentos próprios ({resources}), pelo menos iguais ao que a sua presença acrescenta ao montante fixo ({increase}): nem esta pessoa nem os seus rendimentos contam no agregado.',
};
const child = { one: '{count} criança', other: '{count} crianças' };
const childIs = { one: '{count} criança está', other: '{count} crianças estão' };
const childHas = { one: '{count} criança tem', other: '{count} crianças têm' };
const dependent = { one: '{count} criança a cargo', other: '{count} crianças a cargo' };
const year = { one: '{count} ano', other: '{count} anos' };
const crds = { met: 'Valor depois da CRDS de 0,5 %, descontada nas prestações familiares.' };
const ceiling = {
  met: 'Os seus rendimentos ({rfr}) não ultrapassam o limite ({ceiling}).',
  notMet: 'Os seus rendimentos ({rfr}) ultrapassam o limite ({ceiling}).',
};
const housing = {
  met: 'A sua habitação é conhecida.',
  unknown: 'Não sabemos como está alojado: o forfait de habitação não foi descontado.',
};
const forfait = { met: 'É descontado um forfait de habitação, porque {why}.' };
const benefits = { met: 'Estes apoios contam nos seus recursos: {list}.' };
const resources = {
  met: 'Recursos do agregado tidos em conta: {value} por mês (média dos últimos 3 meses).',
};
const housingUnknown = 'Não sabemos como está alojado.';
const bourseCeiling = {
  met: 'Os seus rendimentos ({rfr}) dão o escalão {step} (limite {ceiling} para {kids}).',
  notMet: 'Os seus rendimentos ({rfr}) ultrapassam o limite do escalão 1 ({ceiling} para {kids}).',
};
const amountNote = {
  met: 'Valor calculado com a tabela do ano letivo {year} (parte da BMAF, arredondada a um múltiplo de 3 €); o ano escolar e o número de crianças a cargo são os que indicou.',
};

const person = { one: '{count} pessoa', other: '{count} pessoas' };
const rental = {
  met: 'Arrenda ou procura uma habitação.',
  notMet: 'Este apoio é para pessoas que arrendam ou procuram uma habitação para arrendar.',
  unknown: 'Não sabemos como está alojado.',
};

const pt: ReasonsTable = {
  review: 'awaiting-review',
  words: {
    'janvier {y}': 'janeiro de {y}',
    '1er janvier {y}': '1 de janeiro de {y}',
    'février {y}': 'fevereiro de {y}',
    '1er février {y}': '1 de fevereiro de {y}',
    'mars {y}': 'março de {y}',
    '1er mars {y}': '1 de março de {y}',
    'avril {y}': 'abril de {y}',
    '1er avril {y}': '1 de abril de {y}',
    'mai {y}': 'maio de {y}',
    '1er mai {y}': '1 de maio de {y}',
    'juin {y}': 'junho de {y}',
    '1er juin {y}': '1 de junho de {y}',
    'juillet {y}': 'julho de {y}',
    '1er juillet {y}': '1 de julho de {y}',
    'août {y}': 'agosto de {y}',
    '1er août {y}': '1 de agosto de {y}',
    'septembre {y}': 'setembro de {y}',
    '1er septembre {y}': '1 de setembro de {y}',
    'octobre {y}': 'outubro de {y}',
    '1er octobre {y}': '1 de outubro de {y}',
    'novembre {y}': 'novembro de {y}',
    '1er novembre {y}': '1 de novembro de {y}',
    'décembre {y}': 'dezembro de {y}',
    '1er décembre {y}': '1 de dezembro de {y}',
    'la CAF et la MSA retiennent': 'a CAF e a MSA têm em conta',
    'la CAF retient (la MSA à partir de juillet 2025)':
      'a CAF tem em conta (a MSA a partir de julho de 2025)',
    'une pension alimentaire': 'uma pensão de alimentos',
    'des revenus d’indépendant': 'rendimentos de trabalho independente',
    'd’autres revenus': 'outros rendimentos',
    'Paris et communes limitrophes': 'Paris e municípios vizinhos',
    'hors Île-de-France': 'fora da Île-de-France',
    vous: 'você',
    'votre conjoint ou conjointe': 'o seu cônjuge',
    'l’enfant « enfant{x} »': 'criança n.º {x}',
    'l’enfant « {x} »': 'a criança «{x}»',
    'la personne « {x} »': 'a pessoa «{x}»',
    an: year,
    ans: year,
    enfant: child,
    enfants: child,
    'enfant a': childHas,
    'enfants ont': childHas,
    'enfant est': childIs,
    'enfants sont': childIs,
    'enfant à charge': dependent,
    'enfants à charge': dependent,
    plein: 'completa',
    partiel: 'parcial',
    ' avec RSDAE': ' com RSDAE',
    ' (inaptitude ou handicap)': ' (inaptidão para o trabalho ou deficiência)',
    'de la CSS gratuite': 'da CSS gratuita',
    'avec participation': 'com participação',
    'de la CMU-C': 'da CMU-C',
    'de l’ACS': 'da ACS',
    'vous êtes propriétaire sans crédit': 'é proprietário sem crédito',
    'vous êtes logé gratuitement': 'está alojado gratuitamente',
    'vous recevez une aide au logement': 'recebe um apoio à habitação',
    'vous avez droit à une aide au logement': 'tem direito a um apoio à habitação',
    'Allocations familiales': 'Abonos de família',
    'Complément familial': 'Complemento familiar',
    'Allocation de base de la PAJE': 'Subsídio de base da PAJE',
    'Allocation de soutien familial (ASF)': 'Subsídio de apoio familiar (ASF)',
    'Allocation aux adultes handicapés (AAH)': 'Subsídio para adultos com deficiência (AAH)',
    'Allocation de solidarité aux personnes âgées (ASPA, minimum vieillesse)':
      'Subsídio de solidariedade para idosos (ASPA, mínimo de velhice)',
    'Allocation de solidarité spécifique (ASS)': 'Subsídio de solidariedade específica (ASS)',
    'Vous avez {x} ans': 'Tem {x} anos',
    'Vous êtes salarié': 'É trabalhador por conta de outrem',
    ', jusqu’à {x}': ', até {x}',
    'sans logement': 'sem habitação',
    'en foyer': 'a viver num lar (foyer)',
    hébergé: 'alojado em casa de outra pessoa',
    'le RSA': 'o RSA',
    'l’ASS': 'a ASS',
    personne: person,
    personnes: person,
    '65 ans ou plus': '65 anos ou mais',
    '60 ans ou plus, inapte au travail': '60 anos ou mais, incapaz de trabalhar',
  },
  reasons: {
    pension_reversion: {
      widowed: {
        met: 'O seu marido ou a sua mulher faleceu.',
        notMet: 'Este apoio é para uma pessoa cujo marido ou mulher faleceu.',
        unknown: 'Se o seu marido ou a sua mulher faleceu, diga-o: existem apoios.',
      },
      age: {
        met: 'Tem 55 anos ou mais ({age} anos).',
        notMet:
          'No regime geral, a pensão de sobrevivência começa aos 55 anos; antes, veja o subsídio de viuvez.',
        unknown: 'A pensão de sobrevivência do regime geral exige 55 anos: falta a sua data de nascimento.',
      },
      ceiling: {
        met: 'Os seus recursos ({resources} por ano) estão abaixo do limite ({ceiling}): a pensão de sobrevivência do regime geral é 54 % da reforma do seu cônjuge. A reforma complementar (Agirc-Arrco) paga 60 %, sem condição de recursos.',
        notMet:
          'Os seus recursos ({resources} por ano) ultrapassam o limite do regime geral ({ceiling}); a pensão de sobrevivência da reforma complementar (Agirc-Arrco) continua possível, sem condição de recursos.',
      },
    },
    allocation_veuvage: {
      widowed: {
        met: 'O seu marido ou a sua mulher faleceu.',
        notMet: 'Este apoio é para uma pessoa cujo marido ou mulher faleceu.',
        unknown: 'Se o seu marido ou a sua mulher faleceu, diga-o: existem apoios.',
      },
      age: {
        met: 'Tem menos de 55 anos ({age} anos).',
        notMet: 'A partir dos 55 anos, é a pensão de sobrevivência que assume.',
        unknown: 'O subsídio de viuvez é para quem tem menos de 55 anos: falta a sua data de nascimento.',
      },
      amount: {
        met: 'Os seus recursos: {resources} por mês, limite {ceiling}: subsídio de {value} por mês, durante 2 anos (até aos 55 anos se tinha 50 anos à data do falecimento). É preciso ter sido casado e que o seu cônjuge tenha descontado pelo menos 3 meses no ano antes do falecimento.',
        notMet: 'Os seus recursos ({resources} por mês) ultrapassam o limite ({ceiling}).',
      },
    },
    aide_menagere: {
      age: {
        met: 'Idade ({who}): {age} anos ({rule}).',
        notMet:
          'A ajuda doméstica da ação social é para pessoas com 65 anos, ou 60 anos se forem reconhecidas como incapazes de trabalhar.',
      },
      resources: {
        met: 'Rendimentos ({resources} por ano) abaixo do limite da ASPA ({ceiling}): o departamento (département) pode pagar horas de ajuda em casa (limpeza, compras, refeições) se precisar e não receber a APA. Acima do limite, a sua caixa de reforma pode ajudar.',
        notMet:
          'Rendimentos ({resources} por ano) acima do limite da ASPA ({ceiling}): a sua caixa de reforma pode ajudar a pagar uma ajuda em casa.',
      },
    },
    aide_permis_apprenti: {
      apprentice: {
        met: 'Aprendiz com 18 anos ou mais ({who}): um apoio único de {value} para a carta de condução (permis B), a pedir ao centro de formação (CFA).',
        notMet: 'Este apoio é para aprendizes com 18 anos ou mais que tiram a carta de condução (permis B).',
      },
    },
    ajpp: {
      amount: {
        met: 'Último montante conhecido: {value} por dia (2025), no máximo 22 dias por mês e 310 dias em 3 anos; existe um complemento para despesas, conforme os rendimentos.',
      },
      child: {
        met: 'Criança com menos de 20 anos com uma doença, deficiência ou acidente grave ({who}): se deixar de trabalhar para estar com ela, a AJPP paga cada dia de licença.',
        notMet:
          'A AJPP é para um pai ou mãe que deixa de trabalhar por um filho gravemente doente, com deficiência ou vítima de acidente.',
      },
    },
    are: {
      exhausted: {
        notMet:
          'Os seus direitos ao subsídio de desemprego terminaram: veja a ASS, o RSA e a prime d’activité.',
      },
      paid: {
        met: 'Já recebe o subsídio de desemprego ({value} por mês).',
      },
      seeking: {
        met: 'Sem emprego ({who}).',
        notMet: 'O subsídio de desemprego é para pessoas que perderam o emprego.',
      },
      worked: {
        met: 'Se trabalhou pelo menos 6 meses (130 dias ou 910 horas) nos últimos 24 meses (36 meses depois dos 55 anos) e perdeu o emprego sem o querer (ou por rescisão por acordo, rupture conventionnelle), inscreva-se depressa na France Travail: a ARE (subsídio de desemprego) depende dos seus salários anteriores, e é a France Travail que a calcula.',
      },
    },
    aripa: {
      separated: {
        met: 'Cria sozinho um filho cujo outro progenitor deve uma pensão de alimentos ({who}): a CAF pode cobrar essa pensão ao outro progenitor, pagar-lhe o valor todos os meses e reclamar o dinheiro se ele não pagar.',
        notMet:
          'A Aripa é para um pai ou mãe separado que recebe, ou deveria receber, uma pensão de alimentos.',
      },
    },
    asi: {
      age: {
        met: 'Ainda não atingiu a idade legal da reforma.',
        notMet: 'Depois da idade legal da reforma, é a ASPA que assume.',
        unknown: 'A ASI termina na idade legal da reforma (62 a 64 anos, conforme o ano de nascimento).',
      },
      amount: {
        met: 'Rendimentos do agregado: {resources} por mês, limite {ceiling}: ASI estimada em {value} por mês (o limite de abril de 2025 é o último que temos; os rendimentos do trabalho têm uma dedução que não calculamos).',
        notMet: 'Os rendimentos do agregado ({resources} por mês) ultrapassam o limite da ASI ({ceiling}).',
      },
      invalid: {
        met: 'Não pode trabalhar por motivos de saúde ({who}): a ASI completa uma pensão de invalidez (ou de viúvo ou viúva inválido) quando os rendimentos são baixos.',
        notMet:
          'A ASI completa uma pensão de invalidez: é para pessoas que já não podem trabalhar por motivos de saúde.',
      },
    },
    avance_loca_pass: {
      housing: rental,
      who: {
        met: '{reason}: o organismo de habitação dos empregadores empresta-lhe a caução{max}, sem juros. Devolve pelo menos 20 € por mês, em 25 meses no máximo. É um empréstimo, não um apoio: não conta nos seus rendimentos.',
        notMet:
          'O adiantamento Loca-Pass é para pessoas com menos de 30 anos e para trabalhadores de uma empresa privada (não agrícola).',
        unknown: 'O adiantamento Loca-Pass depende da idade ou do emprego: falta a data de nascimento.',
      },
    },
    bourse_crous: {
      resources: {
        met: 'Depende dos rendimentos dos seus pais (revenu fiscal de référence) e de pontos pela situação (distância, irmãos estudantes): é paga em 10 meses, do escalão 0 bis ao escalão 7.',
      },
      student: {
        met: 'Ensino superior ({who}, {age} anos): a bolsa pede-se antes dos 28 anos, com o processo social do estudante (DSE), de 1 de março a 31 de maio para o ano letivo seguinte.',
        notMet:
          'A bolsa do Crous é para estudantes com menos de 28 anos (sem limite com uma deficiência reconhecida).',
      },
    },
    cir: {
      newcomer: {
        met: 'Chegou a França há pouco tempo com um primeiro título de residência ({who}): o OFII recebe-o para o contrato de integração republicana (contrat d’intégration républicaine), com aulas de francês e formação cívica gratuitas, e uma avaliação para o emprego.',
        notMet:
          'O CIR é para pessoas de fora da União Europeia que recebem um primeiro título de residência para se instalarem em França.',
        unknown: 'É preciso saber há quanto tempo tem um título de residência.',
      },
    },
    cmg: {
      activity: {
        met: 'Trabalha (ou estuda, ou recebe a AAH, a ASS ou o RSA com um projeto de inserção): o CMG é possível se empregar uma ama (assistante maternelle) ou uma pessoa que cuida das crianças em casa.',
        notMet:
          'O CMG exige que o pai ou mãe sozinho, ou os dois pais, trabalhem (ou estudem, ou recebam a AAH, a ASS ou o RSA com um projeto de inserção).',
        unknown: 'Falta a atividade ({who}).',
      },
      calculation: {
        met: 'Desde 1 de setembro de 2025, o CMG calcula-se como um lugar numa creche: custo da guarda × (1 − rendimentos mensais × taxa de esforço ÷ custo horário de referência). Depende das horas de guarda, do salário por hora, dos seus rendimentos e do número de filhos: é a CAF que o calcula, nós não o estimamos.',
      },
      child: {
        met: 'Criança com menos de 6 anos ({who}).',
        notMet: 'O CMG é para a guarda de uma criança com menos de 6 anos.',
      },
    },
    complementaire_sante_senior: {
      age: {
        met: 'Idade ({who}): {age} anos.',
        notMet: 'Este apoio local é sobretudo para pessoas com 65 anos ou mais.',
      },
      css: {
        met: 'O seguro de saúde complementar solidário (complémentaire santé solidaire) não parece aberto a si: muitos municípios («mutuelle communale»), departamentos ou caixas de reforma ajudam a pagar um seguro complementar. Pergunte ao CCAS o que existe onde mora.',
        notMet: 'A complémentaire santé solidaire protege-o melhor: peça-a primeiro.',
      },
    },
    conge_naissance: {
      birth: {
        met: 'Nascimento esperado ou criança nascida desde 1 de janeiro de 2026 ({who}).',
        notMet:
          'A licença de nascimento (congé de naissance) segue um nascimento ou uma adoção recente (desde 1 de janeiro de 2026).',
      },
      exists: {
        notMet:
          'A licença de nascimento suplementar é para crianças nascidas ou adotadas a partir de 1 de janeiro de 2026.',
      },
      worker: {
        met: 'Trabalha ({who}): cada pai ou mãe pode tirar 1 ou 2 meses depois da licença de maternidade ou de paternidade, juntos ou um depois do outro. É paga cerca de 70 % do salário líquido no 1.º mês e 60 % no 2.º (dentro de um limite): a caixa faz o cálculo.',
        notMet: 'A licença de nascimento é para os pais que trabalham.',
        unknown: 'Falta a atividade ({who}).',
      },
    },
    dalo: {
      housing: {
        met: 'Está {situation}: pode recorrer à comissão de mediação DALO do seu departamento para ser alojado ou acolhido com prioridade (com um pedido de habitação social em curso).',
        notMet:
          'O DALO (direito à habitação) é sobretudo para pessoas sem habitação, alojadas por outros, num lar, ameaçadas de despejo, numa habitação indigna ou que esperam uma habitação social há demasiado tempo.',
        unknown: 'Não sabemos como está alojado.',
      },
    },
    demande_retraite: {
      age: {
        met: 'Idade ({who}): {age} anos, sem reforma indicada: a idade legal da reforma é de 62 a 64 anos, conforme o ano de nascimento. A reforma nunca é paga sem pedido: faça-o 6 meses antes da data escolhida.',
        notMet: 'Ninguém no agregado está perto da idade da reforma sem a receber.',
      },
    },
    domiciliation: {
      address: {
        met: 'Sem habitação estável, o CCAS do seu município (ou uma associação aprovada) deve dar-lhe uma morada gratuita (domiciliation): permite receber o correio e pedir apoios (RSA, CSS, CAF, documentos).',
        notMet: 'Tem uma morada estável: a domiciliation não é necessária.',
        unknown: 'Não sabemos como está alojado.',
      },
    },
    garantie_visale: {
      housing: rental,
      who: {
        met: '{reason}: o organismo de habitação dos empregadores fica como seu fiador gratuitamente e paga ao senhorio se a renda não for paga (depois devolve, com um plano de pagamento). Peça o visto (visa) em visale.fr antes de assinar o contrato de arrendamento.',
        notMet:
          'A Visale é para pessoas dos 18 aos 30 anos e, depois dos 30, para trabalhadores que começam um emprego ou ganham pouco (e para agregados alojados por uma associação).',
        unknown: 'A Visale depende da idade e do emprego: falta a data de nascimento.',
      },
    },
    mva: {
      aah80: {
        met: 'AAH com uma taxa de incapacidade de pelo menos 80 % ({who}).',
        notMet: 'A MVA junta-se à AAH das pessoas com uma taxa de incapacidade de pelo menos 80 %.',
      },
      housing: {
        met: 'Tem a sua própria habitação e um apoio à habitação.',
        notMet: 'A MVA exige ter a sua própria habitação e receber um apoio à habitação.',
        unknown: 'É preciso saber se recebe um apoio à habitação para a sua própria habitação.',
      },
      no_work: {
        met: 'Não tem rendimentos do trabalho: MVA de {value} por mês.',
        notMet: 'A MVA não é paga com rendimentos do trabalho.',
      },
    },
    point_conseil_budget: {
      modest: {
        met: 'Os seus rendimentos são modestos: um Point conseil budget ajuda-o gratuitamente a fazer o seu orçamento, a falar com o seu banco e, se for preciso, a apresentar um processo de sobre-endividamento (dossier de surendettement) ao Banque de France.',
        notMet:
          'Pelas suas respostas, os seus rendimentos não são modestos; um Point conseil budget continua aberto a todos em caso de dificuldade.',
      },
    },
    prepare: {
      child: {
        met: 'Criança com menos de 3 anos ({who}).',
        notMet:
          'A PreParE é para um pai ou mãe que deixa ou reduz o trabalho por um filho com menos de 3 anos.',
      },
      contributions: {
        met: 'São precisos pelo menos 8 trimestres de contribuições para a reforma (nos 2 anos para um primeiro filho, 4 anos para o segundo, 5 anos depois): a CAF verifica.',
      },
      leave: {
        met: 'Licença parental ({who}): PreParE a taxa inteira de {value} por mês se deixou de trabalhar (menos se trabalha a tempo parcial).',
        notMet:
          'Ninguém indicou estar de licença parental: se um pai ou mãe deixar ou reduzir o trabalho, a PreParE pode ajudar.',
      },
      one_child: {
        met: 'Para um só filho, cada pai ou mãe pode receber este apoio durante 6 meses, até ao primeiro aniversário da criança.',
      },
    },
    prime_naissance: {
      ceiling: {
        met: 'Os seus rendimentos ({rfr}) estão abaixo do limite ({ceiling}; filhos, com o que vai nascer: {n}): prémio de {value}, depois da CRDS de 0,5 %.',
        notMet:
          'Os seus rendimentos ({rfr}) ultrapassam o limite ({ceiling}; filhos, com o que vai nascer: {n}).',
      },
      expecting: {
        met: 'Há uma gravidez em curso: o prémio é pago uma vez, no 7.º mês de gravidez.',
        notMet: 'O prémio de nascimento pede-se durante a gravidez.',
      },
      newborn: {
        met: 'Vive consigo uma criança com menos de um ano: se o prémio não foi pago, ainda pode ser pedido (2 anos no máximo).',
      },
    },
    prime_noel: {
      amount: {
        met: 'Montante para o seu agregado: {value} ({persons}), fixado todos os anos por decreto (152,45 € para uma pessoa sozinha). É pago uma vez, em dezembro: não é um rendimento mensal.',
      },
      mayotte: {
        met: 'Em Maiote (Mayotte), os montantes são diferentes (cerca de metade): não os calculamos.',
      },
      minimum: {
        met: 'Recebe (ou pode receber) {which}: o prémio de Natal (prime de Noël) é pago a meio de dezembro, sem nenhum pedido, a quem tem direito em novembro ou dezembro.',
        notMet: 'O prémio de Natal é para pessoas que recebem o RSA, a ASS ou a AER em novembro ou dezembro.',
      },
    },
    rqth: {
      disability: {
        met: 'Deficiência ou problema de saúde ({who}): a RQTH (reconhecimento como trabalhador com deficiência) dá acesso ao Cap emploi, a adaptações do posto de trabalho, à obrigação de emprego das empresas e a formações.',
        notMet: 'A RQTH é para pessoas com 16 anos ou mais cuja deficiência ou saúde dificulta o trabalho.',
      },
    },
    tarif_social_cantine: {
      modest: {
        met: 'Os seus rendimentos são modestos: peça o preço mais baixo na câmara municipal (mairie).',
        notMet: 'Os seus rendimentos parecem acima dos preços sociais habituais (as regras são locais).',
      },
      pupil: {
        met: 'Criança na escola pré-primária ou primária ({who}): muitos municípios têm um preço conforme o quociente familiar (quotient familial), por vezes 1 € por refeição (com ajuda do Estado).',
        notMet: 'O preço social da cantina é para crianças dos 3 aos 11 anos, mais ou menos, na escola.',
      },
    },
    common: {
      receiving: { met: 'Indicou que já recebe este apoio.', notMet: 'Não indicou que recebe este apoio.' },
      incomes: {
        met: 'Rendimentos conhecidos ({who}).',
        notMet: 'Rendimentos em falta ({who}).',
        unknown: 'Não conhecemos os rendimentos ({who}): o resultado ainda tem de ser confirmado.',
      },
      birth_date: {
        met: 'Data de nascimento conhecida ({who}).',
        notMet: 'Data de nascimento em falta ({who}).',
        unknown: 'Falta a data de nascimento ({who}).',
      },
      rfr: {
        met: 'Rendimento fiscal de referência tido em conta: {value} (aviso de imposto, rendimentos do ano N-2).',
        notMet: 'Rendimento fiscal de referência desconhecido.',
      },
      rfr_estimate: {
        met: 'Não indicou o seu rendimento fiscal de referência: estimámo-lo em {value} a partir dos seus rendimentos atuais (a lei usa os rendimentos do ano N-2). É uma estimativa.',
        notMet: 'Rendimento fiscal de referência desconhecido.',
      },
      partner: {
        met: 'O seu cônjuge está descrito.',
        notMet: 'O seu cônjuge não está descrito.',
        unknown: 'Vive em casal, mas o seu cônjuge não está descrito: faltam os rendimentos dele.',
      },
      nationality: {
        met: 'Nacionalidade conhecida.',
        notMet: 'Nacionalidade desconhecida.',
        unknown: 'Falta a nacionalidade ({who}): francesa, União Europeia ou outra. Pode mudar o direito.',
      },
      residence: {
        met: 'A sua situação de residência permite este apoio.',
        notMet:
          'Este apoio pede pelo menos {years} anos de autorização de residência às pessoas de fora da União Europeia; indicou {have} anos.',
        unknown:
          'Para uma pessoa de fora da União Europeia, é preciso saber há quantos anos tem autorização de residência.',
      },
    },
    af: {
      children: {
        met: 'Tem {n} a cargo com menos de 20 anos.',
        notMet: 'É preciso ter pelo menos 2 crianças com menos de 20 anos a cargo; tem {count}.',
      },
      overseas_one_child: {
        met: 'No Ultramar (exceto Mayotte), os abonos de família existem desde o primeiro filho.',
        unknown:
          'Em Mayotte, os abonos de família existem desde o primeiro filho: o valor não é calculado aqui.',
      },
      age_supplement: {
        met: 'Majoração por idade para {n} (14 anos ou mais; 18 anos para as crianças que fazem 14 anos a partir de 1 de março de 2026).',
      },
      forfait_20: { met: 'Subsídio fixo para {n} de 20 anos (família de pelo menos 3 filhos).' },
      modulation: {
        met: 'Os seus rendimentos ({rfr}) estão abaixo do primeiro limite ({t1}): valor completo.',
        notMet: 'Os seus rendimentos ({rfr}) ultrapassam {limit}: o valor é dividido por {div}.',
      },
      degressive: {
        met: 'O seu rendimento ultrapassa este teto em menos de um ano de abonos: junta-se um complemento degressivo de {value} por mês.',
      },
      crds,
    },
    cf: {
      children: {
        met: 'Tem {n} dos 3 aos 21 anos a cargo.',
        notMet: 'É preciso ter pelo menos 3 crianças dos 3 aos 21 anos a cargo; tem {count}.',
      },
      no_child_under_3: {
        met: 'Nenhuma criança tem menos de 3 anos.',
        notMet: 'Uma criança tem menos de 3 anos: aplica-se a PAJE em vez deste apoio.',
      },
      ceiling,
      majore: {
        met: 'Os seus rendimentos estão abaixo de {limit}: complemento familiar majorado.',
        notMet: 'Os seus rendimentos ultrapassam {limit}: complemento familiar à taxa de base.',
      },
      differential: {
        met: 'Os seus rendimentos ultrapassam um pouco o limite: é pago um complemento familiar reduzido (diferencial).',
      },
      two_incomes: {
        met: 'Limite majorado: pai ou mãe sozinho, ou casal com dois rendimentos de trabalho (avaliado pelos seus rendimentos atuais).',
        notMet: 'Limite de base: casal com um só rendimento de trabalho.',
      },
      crds,
    },
    paje_base: {
      young_child: {
        met: 'Tem uma criança com menos de 3 anos.',
        notMet: 'É preciso uma criança com menos de 3 anos.',
      },
      old_scale: { met: 'Antes de abril de 2018, aplicava-se outra tabela: o valor não é calculado aqui.' },
      pregnancy: { met: 'Há uma gravidez em curso: o subsídio de base pode ser pago depois do nascimento.' },
      ceiling: {
        met: 'Os seus rendimentos ({rfr}) estão abaixo do limite da taxa {rate} ({ceiling}).',
        notMet: 'Os seus rendimentos ({rfr}) ultrapassam o limite da taxa parcial ({ceiling}).',
      },
      crds,
    },
    asf: {
      alone: {
        met: 'Cria os seus filhos sozinho ou sozinha.',
        notMet: 'O ASF é reservado ao pai ou mãe que vive sozinho (sem cônjuge, companheiro nem PACS).',
      },
      children: {
        met: 'Tem {n} com menos de 20 anos.',
        notMet: 'É preciso uma criança com menos de 20 anos a cargo.',
      },
      other_parent: {
        met: '{n}: sem pensão (ou quase) do outro pai ou mãe.',
        notMet: 'O outro pai ou mãe paga uma pensão pelo menos igual ao ASF por cada criança.',
        unknown: 'É preciso saber se o outro pai ou mãe de {who} paga uma pensão de alimentos.',
      },
      differential: { met: 'A pensão recebida ({pension}) é descontada: ASF diferencial.' },
      crds,
    },
    ars: {
      children: {
        met: '{n} a idade do ARS no ano letivo {year} (6 anos antes do fim do ano, menos de 18 anos a 15 de setembro).',
        notMet: 'Nenhuma criança tem a idade do ARS no ano letivo {year} (dos 6 aos 18 anos).',
      },
      school: {
        met: 'As crianças com 16 anos ou mais estudam ou estão em aprendizagem.',
        notMet: 'Uma criança com 16 anos ou mais não estuda: não dá direito ao ARS.',
        unknown: 'É preciso saber se {who} (16 anos ou mais) ainda estuda.',
      },
      ceiling,
      differential: {
        met: 'Os seus rendimentos ultrapassam um pouco o limite: é pago um ARS reduzido (diferencial).',
        notMet: 'O ARS diferencial seria inferior ao mínimo pago ({min}).',
      },
      crds,
    },
    aah: {
      rate: {
        met: 'Taxa de incapacidade ({who}): {rate} %{extra}.',
        notMet:
          'O AAH pede uma taxa de incapacidade de pelo menos 80 %, ou de 50 a 79 % com uma restrição duradoura de acesso ao emprego (RSDAE) reconhecida pela MDPH.',
        unknown:
          'Com uma taxa de 50 a 79 %, é preciso uma restrição substancial e duradoura de acesso ao emprego (RSDAE) reconhecida pela MDPH.',
      },
      no_rate: { notMet: 'Não foi indicada nenhuma taxa de incapacidade reconhecida pela MDPH.' },
      age: {
        met: 'Idade ({who}): {age} anos, pelo menos 20 anos.',
        notMet:
          'O AAH começa aos 20 anos (16 se a criança já não está a cargo); com uma taxa de 50 a 79 %, para na idade legal da reforma ({max} anos).',
        unknown: 'Falta a data de nascimento ({who}).',
      },
      couple_rfr: {
        met: 'Rendimentos do casal tidos em conta: rendimento fiscal de referência de {value} (ano N-2), depois do abatimento sobre os rendimentos do cônjuge.',
        unknown:
          'Para este mês, o AAH depende dos rendimentos do casal do ano N-2: indique o rendimento fiscal de referência.',
      },
      partner_income: {
        met: 'Desde outubro de 2023, os rendimentos do cônjuge já não contam para o AAH.',
        notMet:
          'Para este mês, os rendimentos do cônjuge ainda contam para o AAH (antes de outubro de 2023).',
      },
      amount: {
        met: 'Recursos tidos em conta: {resources} por ano; limite {ceiling}: AAH de {value} por mês.',
        notMet: 'Os seus recursos ({resources} por ano) ultrapassam o limite ({ceiling}).',
      },
    },
    aspa: {
      age: {
        met: 'Idade ({who}): {age} anos{extra}.',
        notMet:
          'O ASPA pede ter 65 anos (ou a idade legal da reforma em caso de inaptidão para o trabalho ou de deficiência).',
        unknown: 'Falta a data de nascimento ({who}).',
      },
      amount: {
        met: 'Recursos tidos em conta: {resources} por ano, limite {ceiling}: ASPA de {value} por mês.',
        notMet: 'Os seus recursos ({resources} por ano) ultrapassam o limite ({ceiling}).',
      },
      approx: {
        met: 'Os rendimentos do trabalho só contam acima de {allowance} por mês (abatimento fixo, calculado aqui sobre o SMIC mensal bruto).',
      },
    },
    ass: {
      mayotte: { met: 'Em Maiote, a ASS tem o seu próprio montante: {day} por dia.' },
      unemployed: { met: 'À procura de emprego ({who}).', notMet: 'O ASS é para quem procura emprego.' },
      exhausted: {
        met: 'O direito ao subsídio de desemprego terminou.',
        notMet: 'O ASS vem depois do fim do subsídio de desemprego (ARE).',
        unknown: 'É preciso saber se o subsídio de desemprego (ARE) terminou.',
      },
      worked: {
        met: 'Trabalhou pelo menos 5 anos nos últimos 10 anos.',
        notMet: 'O ASS pede 5 anos de trabalho nos 10 anos antes do fim do contrato.',
        unknown: 'É preciso saber se trabalhou 5 anos nos últimos 10 anos.',
      },
      amount: {
        met: 'Recursos do agregado: {resources} por mês, limite {ceiling}: ASS de {value} por mês.',
        notMet:
          'Os recursos do agregado ({resources} por mês) ultrapassam o limite ({ceiling}), ou o ASS seria inferior a um dia.',
      },
    },
    aide_logement: {
      overseas_scale: {
        met: 'Tabela do ultramar (zona 2).',
      },
      overseas_r0: {
        met: 'Dedução do ultramar para uma pessoa a cargo: a última que conhecemos é de {year} ({r0}), a confirmar com a CAF.',
      },
      scale: {
        met: 'A tabela de {next} ainda não está nos nossos dados: usamos a de {from}.',
      },
      deduction: {
        met: 'Salários, subsídio de desemprego, subsídios diários e pensões de reforma contam depois da dedução de 10 % dos impostos.',
      },
      estimate: {
        met: 'Só uma ordem de grandeza: renda tida em conta {rent} (limite {ceiling}), recursos de 12 meses {resources}, {minus} e a CRDS de 0,5 % deduzidos. Só a CAF calcula o valor exato.',
        notMet:
          'Segundo este cálculo, os seus recursos são demasiado altos: o apoio ficaria abaixo do mínimo pago ({min}).',
      },
      minimum: {
        notMet:
          'Conforme a zona do seu município, o apoio seria de {low} a {high}; abaixo de {min}, não é pago.',
      },
      neutralised: {
        met: 'Com o RSA, os seus salários e o subsídio de desemprego não contam (neutralização).',
      },
      overseas: {
        notMet: 'Nos territórios ultramarinos, o apoio à habitação tem a sua própria tabela.',
        unknown:
          'Nos territórios ultramarinos, o apoio à habitação tem a sua própria tabela: o valor não é calculado aqui.',
      },
      sharing: {
        met: 'Casa partilhada ou quarto: o limite da renda é mais baixo.',
      },
      rls: {
        met: 'Habitação social (HLM): com os seus recursos, a sua renda baixa {rls} por mês (réduction de loyer de solidarité) e a ajuda baixa {cut} (98 % desse valor); isto está contado aqui.',
      },
      rls_over: {
        met: 'Habitação social (HLM): os seus recursos estão acima do limite da réduction de loyer de solidarité; a sua renda e a ajuda não baixam.',
      },
      student: {
        met: 'Estudante com menos de 28 anos: recursos fixos de {value} por ano ({less} a menos se tiver bolsa de estudo).',
      },
      tenant: {
        met: 'É inquilino (ou vive num lar) e paga renda.',
        notMet:
          'O apoio à habitação é para inquilinos (ou residentes de lares); os créditos assinados desde 2018 quase já não dão direito.',
        unknown: housingUnknown,
      },
      rent: {
        met: 'Renda indicada: {rent} por mês.',
        notMet: 'Nenhuma renda indicada.',
        unknown: 'Falta o valor da renda.',
      },
      zone: { met: 'Zona {zone} usada a partir do seu departamento: a zona exata depende do município.' },
      zone_commune: { met: 'O seu município está na zona {zone} para a ajuda à habitação.' },
      before_2021: {
        met: 'Antes de 2021, o apoio era calculado sobre os rendimentos do ano N-2; a ordem de grandeza usa os seus rendimentos atuais.',
      },
    },
    rsa: {
      source_months: {
        met: 'Recursos do agregado tidos em conta: {value} por mês (os rendimentos que indicou). Para {month}, {who} os recursos de {from} a {to} (rendimentos comunicados na fonte): salários, subsídio de desemprego, pensões de reforma e subsídios diários vêm pré-preenchidos; a pensão de alimentos e os rendimentos de trabalho independente, do estrangeiro e de capital declara-os você.',
      },
      to_declare: {
        met: 'Indicou {list}: tem de o declarar você.',
      },
      child_resources: childResources,
      age: {
        met: 'Idade: {age} anos, permite o RSA.',
        notMet:
          'O RSA pede ter 25 anos, ou 18 com uma criança a cargo ou uma gravidez. (O «RSA jovem ativo» existe para quem tem 18 a 24 anos e trabalhou muito.)',
        unknown: 'Falta a data de nascimento para verificar a idade (25 anos, ou menos com uma criança).',
      },
      student: {
        met: 'Não é estudante.',
        notMet: 'Os estudantes não podem ter o RSA, salvo exceções (pergunte à CAF).',
      },
      housing,
      forfait_logement: forfait,
      benefits,
      resources,
      amount: {
        met: 'Valor fixo de {base} para o seu agregado, menos os seus recursos: {value} por mês.',
        notMet:
          'Os seus recursos ({resources}) ultrapassam o valor fixo do RSA para o seu agregado ({base}).',
      },
      majoration: {
        met: 'Pai ou mãe sozinho com uma criança com menos de 3 anos ou grávida: o valor é majorado (RSA majorado).',
        notMet: 'Pai ou mãe sozinho há menos de 12 meses? O RSA pode ser majorado: pergunte à CAF.',
      },
      minimum: {
        notMet: 'O valor calculado ({value}) está abaixo do mínimo pago ({min}): o RSA não é pago.',
      },
    },
    ppa: {
      source_months: {
        met: 'Recursos do agregado tidos em conta: {value} por mês (os rendimentos que indicou). Para {month}, {who} os recursos de {from} a {to} (rendimentos comunicados na fonte): salários, subsídio de desemprego, pensões de reforma e subsídios diários vêm pré-preenchidos; a pensão de alimentos e os rendimentos de trabalho independente, do estrangeiro e de capital declara-os você.',
      },
      to_declare: {
        met: 'Indicou {list}: tem de o declarar você.',
      },
      child_resources: childResources,
      age: {
        met: 'Tem 18 anos ou mais.',
        notMet: 'O prémio de atividade pede ter 18 anos ou mais.',
        unknown: 'Falta a data de nascimento para verificar a idade (18 anos).',
      },
      activity: {
        met: 'Rendimentos do trabalho do agregado: {value} por mês.',
        notMet: 'O prémio de atividade pede rendimentos do trabalho (salário ou trabalho independente).',
      },
      apprentice: {
        met: 'Estudante ou aprendiz ({who}): rendimentos do trabalho de {value}, pelo menos {floor} por mês, contam.',
        notMet:
          'Estudante ou aprendiz ({who}): rendimentos do trabalho de {value}, abaixo do limiar de {floor} por mês, não dão direito ao prémio.',
      },
      activity_counted: { notMet: 'Nenhum rendimento do trabalho no agregado dá direito ao prémio.' },
      aah_activity: {
        met: 'O AAH conta como rendimento do trabalho, porque a pessoa que o recebe trabalha ({who}).',
      },
      bonus: { met: 'Bonificação individual de {value} pelos rendimentos do trabalho ({who}).' },
      housing,
      forfait_logement: forfait,
      benefits,
      resources,
      amount: {
        met: 'Prémio calculado: {value} por mês.',
        notMet: 'Os seus recursos são demasiado altos: o prémio calculado é zero.',
      },
      minimum: {
        notMet: 'O valor calculado ({value}) está abaixo do mínimo pago ({min}): o prémio não é pago.',
      },
    },
    css: {
      parents: {
        notMet: 'Tem menos de 25 anos e vive em casa dos seus pais.',
        unknown:
          'Menos de 25 anos e a viver em casa dos pais: faz parte do agregado familiar deles (artigo R861-2 do Código da Segurança Social), por isso contam os recursos deles.',
      },
      covered: {
        met: 'Está coberto pelo seguro de doença (PUMa).',
        notMet: 'Sem residência regular, aplica-se a ajuda médica do Estado (AME).',
      },
      rsa: { met: 'Com o RSA, a Complémentaire santé solidaire é gratuita.' },
      resources: {
        met: 'Recursos dos últimos 12 meses estimados em {resources}: abaixo do limite {which} ({ceiling}).',
        notMet: 'Recursos dos últimos 12 meses estimados em {resources}: acima do limite ({ceiling}).',
      },
      forfait: { met: 'É acrescentado aos recursos um forfait de habitação de {value} por ano.' },
      participation: { met: 'Participação: {value} por mês para o agregado, conforme a idade de cada um.' },
      before_css: {
        met: 'Antes de novembro de 2019, existia a CMU complementar (gratuita) e a ajuda para o seguro complementar (ACS).',
      },
      annual: {
        met: 'Estimativa: os recursos dos últimos 12 meses são estimados a partir dos seus rendimentos mensais atuais.',
      },
    },
    cheque_energie: {
      housing: {
        met: 'Tem a sua própria habitação (inquilino, proprietário ou num lar).',
        notMet: 'O cheque energia pede ter a sua própria habitação (não estar alojado gratuitamente).',
        unknown: housingUnknown,
      },
      ceiling: {
        met: 'Rendimento fiscal de referência por unidade de consumo ({uc} UC): {perUc}, abaixo de {limit}.',
        notMet:
          'Rendimento fiscal de referência por unidade de consumo ({uc} UC): {perUc}, acima de {limit}.',
      },
      declared: { met: 'É preciso ter declarado os rendimentos às finanças, mesmo que sejam zero.' },
    },
    bourse_college: {
      pupil: {
        met: '{n} no collège.',
        notMet: 'Nenhuma criança está no collège.',
        unknown: 'Pela idade, {who} poderia estar no collège: indique o ano escolar.',
      },
      ceiling: bourseCeiling,
      amount_note: amountNote,
    },
    bourse_lycee: {
      pupil: {
        met: '{n} no lycée.',
        notMet: 'Nenhuma criança está no lycée.',
        unknown: 'Pela idade, {who} poderia estar no lycée: indique o ano escolar.',
      },
      ceiling: bourseCeiling,
      amount_note: amountNote,
    },
    ame: {
      stay: {
        met: 'Tem nacionalidade estrangeira e não tem autorização de residência.',
        notMet:
          'A AME é reservada a estrangeiros sem autorização de residência; os outros estão cobertos pelo seguro de doença.',
        unknown:
          'Para uma pessoa de fora da União Europeia, é preciso saber se tem autorização de residência.',
      },
      resources: {
        met: 'Os seus recursos ({resources} por ano) estão abaixo do limite ({ceiling}).',
        notMet: 'Os seus recursos ({resources} por ano) ultrapassam o limite ({ceiling}).',
      },
    },
    puma: {
      stay: {
        met: 'Reside em França de forma regular: o seguro de doença paga os seus cuidados de saúde.',
        notMet: 'Sem autorização de residência, aplica-se a AME.',
        unknown: 'É preciso saber se tem autorização de residência.',
      },
    },
    aeeh: {
      child: {
        met: 'Criança com menos de 20 anos ({who}) com uma taxa de incapacidade de {rate} %.',
        notMet:
          'O AEEH diz respeito a uma criança com menos de 20 anos com uma taxa de incapacidade de pelo menos 50 % fixada pela MDPH.',
      },
      rate50: {
        met: 'Entre 50 e 79 %, o AEEH depende também dos cuidados ou do estabelecimento especializado: a MDPH decide.',
      },
    },
    pch: {
      disability: {
        met: 'Deficiência reconhecida ({who}): a PCH depende das dificuldades na vida diária, avaliadas pela MDPH.',
        notMet: 'A PCH diz respeito às pessoas com grandes dificuldades devidas a uma deficiência.',
      },
    },
    apa: {
      age: {
        met: 'Idade ({who}): {age} anos, 60 anos ou mais.',
        notMet: 'A APA diz respeito às pessoas com 60 anos ou mais.',
      },
      autonomy: {
        met: 'É possível uma perda de autonomia (deficiência ou inaptidão indicadas): o departamento avalia-a.',
        notMet: 'Nada indica uma perda de autonomia; se precisa de ajuda no dia a dia, peça a APA.',
      },
    },
    cmi: {
      rate: {
        met: 'Taxa de incapacidade ({who}): {rate} %: cartão «invalidez» (80 % ou mais) ou «prioridade», conforme a MDPH.',
        notMet: 'O CMI pede uma deficiência reconhecida pela MDPH.',
      },
    },
    fsl: {
      housing: {
        met: 'A sua situação de habitação pode ser apoiada pelo FSL (entrada, manutenção, energia, água).',
        notMet:
          'O FSL ajuda inquilinos, pessoas que procuram casa e pessoas com contas de energia em atraso.',
        unknown: housingUnknown,
      },
      resources: {
        met: 'Os seus recursos são modestos: os limites do FSL são fixados por cada departamento.',
        notMet:
          'Os seus recursos parecem acima dos limites habituais do FSL (fixados por cada departamento).',
      },
    },
    logement_social: {
      plai: {
        met: 'As habitações muito sociais (PLAI) vão primeiro para os rendimentos mais baixos: pergunte se tem direito.',
      },
      ceilings: {
        met: 'Rendimento fiscal de referência {rfr}: abaixo do limite das habitações sociais mais comuns (PLUS, {plus} para o seu agregado, {zone}).',
        notMet:
          'Rendimento fiscal de referência {rfr}: acima do limite mais alto das habitações sociais (PLS, {pls} para o seu agregado, {zone}).',
      },
      pls: {
        met: 'Rendimento fiscal de referência {rfr}: acima do limite PLUS ({plus}) mas abaixo do das habitações PLS ({pls}), que são menos numerosas.',
      },
      zone_guess: {
        met: 'Primeira coroa de Paris: limite de Paris e dos municípios vizinhos (mais baixo noutros sítios).',
      },
      housing: {
        met: 'Ainda não é inquilino de uma habitação social nem proprietário.',
        notMet:
          'Já é inquilino de uma habitação social ou proprietário (um pedido de mudança continua possível).',
        unknown: housingUnknown,
      },
    },
    cej: {
      allowance: {
        met: 'Até {max} por mês se o agregado fiscal (o seu ou o dos seus pais) não paga imposto sobre o rendimento; menos se pagar algum ou com um salário.',
        unknown:
          'Até {max} por mês se o agregado fiscal (o seu ou o dos seus pais) não paga imposto sobre o rendimento; menos se pagar algum ou com um salário.',
      },
      age: {
        met: 'Idade ({who}): {age} anos, entre 16 e 25 anos (29 anos com uma deficiência reconhecida).',
        notMet: 'O CEJ é para jovens dos 16 aos 25 anos (29 anos com uma deficiência reconhecida).',
        unknown: 'Falta a data de nascimento.',
      },
      activity: {
        met: 'Sem emprego, sem estudos, sem formação ({who}).',
        notMet: 'O CEJ é para jovens sem emprego nem formação.',
        unknown: 'É preciso saber se a pessoa ({who}) trabalha ou estuda.',
      },
    },
    inscription_france_travail: {
      seeking: {
        met: 'Procura de emprego ou direito ao RSA ({who}): a inscrição na France Travail é útil (e obrigatória com o RSA).',
        notMet: 'Ninguém no agregado indicou procurar emprego.',
      },
      registered: { met: 'Subsídio de desemprego recebido ({who}): a inscrição provavelmente já foi feita.' },
    },
    mission_locale: {
      age: {
        met: 'Idade ({who}): {age} anos; a mission locale acompanha os jovens dos 16 aos 25 anos que já saíram da escola.',
        notMet: 'A mission locale acompanha os jovens dos 16 aos 25 anos que já saíram da escola.',
      },
    },
    pass_sport: {
      exists: { notMet: 'O Pass’Sport foi criado no ano letivo de 2021.' },
      young: {
        met: 'Idade ({who}): {age} anos, com o ARS, o AEEH ou o AAH no agregado.',
        notMet:
          'O Pass’Sport é para jovens dos {min} aos 17 anos cuja família recebe o ARS, dos 6 aos 19 anos com o AEEH e dos 16 aos 30 anos com o AAH.',
      },
    },
    tarif_social_transport: {
      modest: {
        met: 'Os seus recursos ou apoios (RSA, CSS, AAH…) dão muitas vezes direito à tarifa social: as regras são locais.',
        notMet:
          'Segundo as suas respostas, os seus recursos parecem acima das tarifas sociais habituais (as regras são locais).',
      },
    },
    aide_juridictionnelle: {
      modest: {
        met: 'Se precisa de um advogado ou de ir a tribunal, os seus recursos podem dar direito ao apoio judiciário (com o RSA ou o ASPA, é dado sem análise dos recursos).',
        notMet:
          'Os seus recursos parecem altos para o apoio judiciário; um apoio parcial continua possível conforme o rendimento fiscal de referência.',
      },
    },
    mediation_numerique: {
      steps: {
        met: 'Vários apoios pedem-se pela Internet: existe um acompanhamento gratuito perto de si.',
        notMet: 'Nenhum procedimento a fazer segundo as suas respostas.',
      },
    },
  },
};

export default pt;
