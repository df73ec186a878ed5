// Portuguese (European) questions of the bilan. Awaiting review by a native speaker.
import type { QuestionsTable } from './types.js';

const activity = {
  employed: {
    label: 'Trabalhador ou trabalhadora por conta de outrem',
    hint: 'Incluindo trabalho temporário ou a tempo parcial.',
  },
  self_employed: { label: 'Por conta própria', hint: 'Independente, microempresário, artesão.' },
  unemployed: { label: 'Sem emprego, à procura de trabalho' },
  student: { label: 'A estudar' },
  apprentice: { label: 'Em aprendizagem ou em alternância' },
  retired: { label: 'Reformado ou reformada' },
  unfit_for_work: { label: 'Não posso trabalhar', hint: 'Por razões de saúde ou de deficiência.' },
  parental_leave: { label: 'Em licença parental' },
  inactive: { label: 'Sem atividade, não procuro trabalho' },
};

const pt: QuestionsTable = {
  review: 'awaiting-review',
  questions: {
    'partner.rsdae': {
      label:
        'A MDPH reconheceu que a deficiência da pessoa que vive consigo a impede de forma duradoura de encontrar emprego?',
      help: 'É a «restriction substantielle et durable d’accès à l’emploi». Está escrita na decisão da MDPH.',
    },
    'partner.unemploymentRightsExhausted': {
      label: 'Qual é a situação do direito ao subsídio de desemprego da pessoa que vive consigo?',
      options: {
        no: { label: 'Recebe o subsídio de desemprego (ARE)' },
        yes: { label: 'O direito terminou ou vai terminar em breve' },
        never: { label: 'Nunca teve direito ao subsídio de desemprego' },
      },
    },
    'partner.workedFiveOfLastTenYears': {
      label: 'A pessoa que vive consigo trabalhou pelo menos 5 anos nos últimos 10 anos?',
      help: 'Conte todos os empregos por conta de outrem, mesmo os curtos.',
    },
    'housing.sharing': {
      label: 'Partilha esta habitação com outros inquilinos?',
      help: 'Numa casa partilhada ou num quarto arrendado, o apoio à habitação é calculado com um limite de renda mais baixo.',
      options: {
        none: { label: 'Não, arrendo a habitação toda' },
        flatshare: {
          label: 'Sim, em casa partilhada',
          hint: 'Várias pessoas arrendam a habitação em conjunto.',
        },
        room: { label: 'Arrendo um quarto em casa de alguém' },
      },
    },
    'housing.withParents': {
      label: 'Vive em casa dos seus pais?',
      help: 'Antes dos 25 anos, a Complémentaire santé solidaire conta então os rendimentos dos seus pais.',
    },
    'partner.disabilityRate': {
      label: 'A MDPH reconheceu uma taxa de incapacidade à pessoa que vive consigo?',
      help: 'A taxa está escrita na decisão da MDPH (casa departamental das pessoas com deficiência).',
      options: {
        none: { label: 'Não, nenhuma taxa reconhecida' },
        '50': { label: 'Sim, entre 50 % e 79 %' },
        '80': { label: 'Sim, 80 % ou mais' },
      },
    },
    'child.activity': {
      label: 'O que faz o filho n.º {n} neste momento?',
      help: 'Um jovem dos 16 aos 25 anos sem emprego, estudos nem formação pode ter acompanhamento e um subsídio.',
      options: {
        student: { label: 'Estuda' },
        apprentice: { label: 'Aprendizagem ou formação' },
        employed: { label: 'Trabalha' },
        unemployed: { label: 'Procura emprego' },
        inactive: { label: 'Nem trabalho, nem estudos, nem formação' },
      },
    },
    'applicant.birthDate': {
      label: 'Qual é a sua data de nascimento?',
      help: 'Alguns apoios dependem da sua idade.',
    },
    commune: {
      label: 'Em que município (commune) mora?',
      help: 'Escreva o nome do município ou o código postal. Alguns apoios dependem do município.',
    },
    'household.couple': {
      label: 'Vive em casal?',
      help: 'Casados, em PACS ou em união de facto: para os apoios, é igual.',
    },
    'children.count': {
      label: 'Quantas crianças vivem consigo e estão a seu cargo?',
      help: 'Conte as crianças que cria, mesmo que não sejam suas. Escreva 0 se não tiver nenhuma.',
    },
    'child.birthDate': {
      label: 'Data de nascimento da criança n.º {n}',
      help: 'A idade das crianças conta para os apoios à família.',
    },
    'applicant.activity': { label: 'Qual é a sua situação hoje?', options: activity },
    'partner.activity': { label: 'Qual é a situação da pessoa com quem vive em casal?', options: activity },
    'applicant.incomes.salary': {
      label: 'Quanto ganha por mês com o seu trabalho?',
      help: 'O salário líquido, o que é pago na sua conta. Se o valor muda, faça a média dos últimos 3 meses.',
    },
    'applicant.incomes.selfEmployed': {
      label: 'Quanto ganha por mês com a sua atividade por conta própria?',
      help: 'O que lhe fica depois de pagar as despesas, em média por mês.',
    },
    'applicant.incomes.unemploymentBenefit': {
      label: 'Quanto recebe por mês da France Travail (subsídio de desemprego)?',
      help: 'O subsídio de regresso ao emprego (ARE). Escreva 0 se não recebe nada.',
    },
    'applicant.incomes.pension': {
      label: 'Quanto recebe por mês de reforma?',
      help: 'Some a reforma de base e a reforma complementar, valor líquido.',
    },
    'partner.incomes.salary': {
      label: 'Quanto ganha por mês com o seu trabalho a pessoa com quem vive?',
      help: 'O salário líquido. Se o valor muda, faça a média dos últimos 3 meses.',
    },
    'partner.incomes.selfEmployed': {
      label: 'Quanto ganha por mês por conta própria a pessoa com quem vive?',
      help: 'O que lhe fica depois de pagar as despesas, em média por mês.',
    },
    'partner.incomes.unemploymentBenefit': {
      label: 'Quanto recebe por mês da France Travail a pessoa com quem vive?',
      help: 'O subsídio de desemprego. Escreva 0 se não recebe nada.',
    },
    'partner.incomes.pension': {
      label: 'Quanto recebe por mês de reforma a pessoa com quem vive?',
      help: 'Reforma de base e complementar, valor líquido.',
    },
    'housing.status': {
      label: 'Onde mora?',
      options: {
        tenant: { label: 'Arrendo uma casa', hint: 'A um senhorio privado.' },
        social_tenant: { label: 'Arrendo uma habitação social (HLM)' },
        owner: { label: 'Sou proprietário, sem crédito a pagar' },
        owner_with_loan: { label: 'Sou proprietário e pago um crédito' },
        hosted_free: { label: 'Estou alojado gratuitamente', hint: 'Em casa de familiares ou amigos.' },
        hostel: { label: 'Num lar ou numa residência social' },
        homeless: { label: 'Não tenho casa' },
      },
    },
    'housing.rent': {
      label: 'Quanto paga de renda por mês, sem as despesas de condomínio?',
      help: 'A renda está escrita no contrato de arrendamento ou no recibo. Não conte as despesas.',
    },
    'housing.charges': {
      label: 'Quanto paga de despesas (charges) por mês?',
      help: 'As despesas: água, manutenção do prédio, às vezes o aquecimento. Escreva 0 se estão incluídas.',
    },
    'applicant.disabilityRate': {
      label: 'A MDPH reconheceu-lhe uma taxa de incapacidade?',
      help: 'A MDPH é a casa departamental das pessoas com deficiência. A taxa está escrita na decisão.',
      options: {
        none: { label: 'Não, nenhuma taxa reconhecida' },
        '50': { label: 'Sim, entre 50 % e 79 %' },
        '80': { label: 'Sim, 80 % ou mais' },
      },
    },
    'applicant.rsdae': {
      label: 'A MDPH reconheceu que a sua deficiência o impede por muito tempo de encontrar emprego?',
      help: 'É a «restriction substantielle et durable d’accès à l’emploi» (RSDAE). Está escrita na decisão da MDPH.',
    },
    'applicant.pregnant': {
      label: 'Está à espera de um bebé?',
      help: 'Responda sim se estiver grávida, ou se a pessoa com quem vive estiver grávida.',
    },
    'child.schoolLevel': {
      label: 'Em que ano está a criança n.º {n} este ano?',
      options: {
        none: { label: 'Não vai à escola' },
        maternelle: { label: 'Pré-escolar (école maternelle)' },
        primaire: { label: 'Escola primária (do CP ao CM2)' },
        college: { label: 'Collège (do 6e ao 3e, dos 11 aos 15 anos)' },
        lycee: { label: 'Lycée, CAP ou aprendizagem' },
        superieur: { label: 'Estudos depois do baccalauréat' },
      },
    },
    'child.otherParent': {
      label: 'O outro pai ou mãe da criança n.º {n} contribui para as despesas?',
      help: 'Por exemplo, pagando uma pensão de alimentos, decidida por um juiz ou por acordo.',
      options: {
        pays: { label: 'Sim, paga uma pensão de alimentos' },
        pays_less: { label: 'Paga uma pequena quantia, ou não todos os meses' },
        does_not_pay: { label: 'Não, não paga nada' },
        deceased_or_unknown: { label: 'O outro pai ou mãe morreu ou é desconhecido' },
      },
    },
    maintenanceReceived: {
      label: 'Quanto recebe por mês de pensão de alimentos para os seus filhos?',
      help: 'O dinheiro que o outro pai ou mãe paga para as crianças. Escreva 0 se não paga nada.',
    },
    'applicant.unemploymentRightsExhausted': {
      label: 'Qual é a situação do seu direito ao subsídio de desemprego?',
      options: {
        no: { label: 'Recebo o subsídio de desemprego (ARE)' },
        yes: { label: 'O meu direito terminou ou vai terminar em breve' },
        never: { label: 'Nunca tive direito ao subsídio de desemprego' },
      },
    },
    'applicant.widowed': { label: 'O seu marido ou a sua mulher faleceu?' },
    'applicant.workedFiveOfLastTenYears': {
      label: 'Trabalhou pelo menos 5 anos nos últimos 10 anos?',
      help: 'Conte todos os seus empregos por conta de outrem, mesmo curtos.',
    },
    'applicant.incomes.other': {
      label: 'Recebe outros rendimentos todos os meses? Escreva o total.',
      help: 'Por exemplo subsídio de doença, uma renda vitalícia, rendimentos de um imóvel arrendado. Escreva 0 se não tiver. Não conte os apoios da CAF.',
    },
    'applicant.nationality': {
      label: 'Qual é a sua nacionalidade?',
      help: 'Alguns apoios pedem uma autorização de residência há vários anos.',
      options: {
        fr: { label: 'Francesa' },
        eu: { label: 'De um país da União Europeia, do Espaço Económico Europeu ou suíça' },
        other: { label: 'Outra nacionalidade' },
      },
    },
    'applicant.regularStay': {
      label: 'Tem uma autorização de residência válida?',
      help: 'Um cartão de residência, um cartão de residente, ou o recibo de um pedido.',
    },
    'applicant.residencePermitYears': {
      label: 'Há quantos anos tem uma autorização de residência em França?',
      help: 'Conte os anos desde a sua primeira autorização de residência que permite trabalhar.',
    },
    'partner.birthDate': { label: 'Qual é a data de nascimento da pessoa com quem vive?' },
    taxReferenceIncome: {
      label: 'Qual é o rendimento fiscal de referência do seu agregado?',
      help: 'Está escrito no topo do seu aviso de imposto sobre o rendimento (mesmo que não pague imposto). É um valor para o ano inteiro.',
    },
    receiving: {
      label: 'Já recebe algum destes apoios?',
      help: 'Assinale os que recebe hoje. Se não recebe nenhum, não assinale nada.',
      options: {
        rsa: { label: 'RSA (rendimento de solidariedade ativa)' },
        ppa: { label: 'Prémio de atividade (prime d’activité)' },
        aide_logement: { label: 'Apoio à habitação (APL, ALF ou ALS)' },
        css: { label: 'Complémentaire santé solidaire (seguro de saúde complementar)' },
        af: { label: 'Abonos de família' },
        cf: { label: 'Complemento familiar' },
        ars: { label: 'Subsídio de regresso às aulas (ARS)' },
        asf: { label: 'Subsídio de apoio familiar (ASF)' },
        paje_base: { label: 'Subsídio de base da PAJE (criança pequena)' },
        bourse_college: { label: 'Bolsa do collège' },
        bourse_lycee: { label: 'Bolsa do lycée' },
        aah: { label: 'AAH (subsídio para adultos com deficiência)' },
        aspa: { label: 'ASPA (mínimo de velhice)' },
        ass: { label: 'ASS (subsídio de solidariedade específica)' },
        cheque_energie: { label: 'Cheque energia (chèque énergie)' },
      },
    },
  },
  validation: {
    missingMoney: 'Escreva um valor em euros (0 se não recebe nada).',
    missingMoneyDk: 'Escreva um valor em euros (0 se não recebe nada), ou escolha «Não sei».',
    missingNumber: 'Escreva um número.',
    missingNumberDk: 'Escreva um número, ou escolha «Não sei».',
    missingDate: 'Escreva uma data, por exemplo 14/03/1988.',
    missingDateDk: 'Escreva uma data, por exemplo 14/03/1988, ou escolha «Não sei».',
    missingCommune: 'Escreva o nome do seu município ou o código postal, e depois escolha-o na lista.',
    missingYesNo: 'Escolha Sim ou Não.',
    missingYesNoDk: 'Escolha Sim ou Não, ou escolha «Não sei».',
    missingChoice: 'Escolha uma resposta.',
    missingChoiceDk: 'Escolha uma resposta, ou escolha «Não sei».',
    notOffered: 'Estas escolhas não são propostas: {list}.',
    dontKnowRefused: 'Esta pergunta pede uma resposta precisa. Escolha uma resposta.',
    moneyFormat: 'Escreva um valor em euros só com algarismos, por exemplo 850 ou 850,50.',
    moneyRange: 'O valor tem de estar entre {min} e {max} por mês. Verifique o número de algarismos.',
    integerFormat: 'Escreva um número inteiro com algarismos, por exemplo 2.',
    integerRange: 'Escreva um número entre {min} e {max}.',
    dateInvalid: 'Esta data não existe. Escreva o dia, o mês e o ano, por exemplo 14/03/1988.',
    dateFuture: 'Esta data está no futuro. Verifique o ano.',
    dateTooYoung: 'Esta data dá {age}. É preciso ter pelo menos {min} anos: verifique o ano.',
    dateTooOld: 'Esta data dá {age} anos, é muito. Verifique o ano.',
    dateParts: 'Escreva o dia, o mês e o ano, por exemplo 14 3 1988.',
    datePartsDk: 'Escreva o dia, o mês e o ano, por exemplo 14 3 1988, ou escolha «Não sei».',
    communeCode:
      'Escreva o código do município: 5 caracteres, por exemplo 94028 (código INSEE, nem sempre é o código postal).',
  },
};

export default pt;
