// Portuguese (European) names, descriptions, steps and papers of the rights (same order as the French).
// French acronyms and web addresses stay. Awaiting review by a native speaker.
import type { DetailsTable } from './types.js';

const id = 'Documento de identificação';
const idOrPermit = 'Documento de identificação ou autorização de residência';
const taxNotice = 'Aviso de imposto';
const taxNoticeN2 = 'Aviso de imposto do ano N-2';
const bank = 'Comprovativo de IBAN (RIB)';
const address = 'Comprovativo de morada';
const mdphForm = 'Formulário Cerfa 15692';
const mdphCertificate = 'Atestado médico Cerfa 15695';
const income = 'Comprovativos de recursos';
const bourse = (level: string) => ({
  label: `Bolsa do ${level}`,
  description: `Um apoio do Estado para a escolaridade de uma criança no ${level}, conforme os rendimentos.`,
  steps: [
    'Faça o pedido pela Internet em «Scolarité services» (EduConnect) ou na secretaria da escola, no início do ano letivo.',
  ],
  papers: [taxNotice, 'Comprovativo das crianças a cargo, se necessário'],
});

const pt: DetailsTable = {
  review: 'awaiting-review',
  /** Who to contact, by partner type (see PARTNER_TYPES). */
  contacts: {
    association: 'Associação',
    autre: 'Outro local',
    caf: 'CAF (caixa de abonos de família)',
    msa: 'MSA (segurança social agrícola)',
    cpam: 'CPAM (seguro de doença)',
    'france-travail': 'France Travail (emprego)',
    'mission-locale': 'Mission locale (16 a 25 anos)',
    ccas: 'CCAS (ação social do município)',
    mairie: 'Câmara municipal (mairie)',
    mdph: 'MDPH (casa das pessoas com deficiência)',
    'france-services': 'France Services',
    'conseiller-numerique': 'Conselheiro digital',
    'caisse-retraite': 'Caixa de reforma',
    'etablissement-scolaire': 'Escola',
    'point-justice': 'Point-justice (aconselhamento jurídico gratuito)',
    'mediation-numerique': 'Ajuda nos procedimentos digitais',
    'information-jeunesse': 'Centro de informação juvenil',
    'bailleur-social': 'Senhorio social',
    departement: 'Serviço social do departamento',
    carsat: 'Carsat (caixa de reforma)',
    crous: 'Crous (serviços para estudantes)',
    pmi: 'PMI (proteção materna e infantil)',
    adil: 'ADIL (informação sobre habitação)',
    cidff: 'CIDFF (direitos das mulheres e das famílias)',
  },
  rights: {
    aide_menagere: {
      label: 'Ajuda doméstica ao domicílio (ação social)',
      description:
        'Horas de ajuda em casa (limpeza, compras, refeições) pagas pelo departamento ou pela caixa de reforma.',
      steps: [
        'Peça o processo de ação social ao CCAS do seu município (recursos modestos) ou, caso contrário, à sua caixa de reforma.',
      ],
      papers: ['Documento de identificação', 'Aviso de imposto', 'Comprovativos de rendimentos'],
    },
    aide_permis_apprenti: {
      label: 'Apoio à carta de condução para aprendizes',
      description:
        'Um apoio de 500 € para tirar a carta de condução (permis B), para aprendizes com 18 anos ou mais.',
      steps: [
        'Preencha o formulário de pedido e entregue-o ao seu centro de formação (CFA) com o orçamento da escola de condução.',
      ],
      papers: [
        'Formulário de pedido',
        'Orçamento ou fatura da escola de condução',
        'Documento de identificação',
      ],
    },
    ajpp: {
      label: 'Subsídio diário de presença parental (AJPP)',
      description:
        'Um valor por cada dia em que um dos pais deixa de trabalhar para cuidar de um filho gravemente doente, com deficiência ou acidentado.',
      steps: [
        'Peça ao seu empregador a licença de presença parental (15 dias antes).',
        'Envie à CAF o formulário de pedido e o atestado médico do médico que acompanha a criança; todos os meses, declare os dias gozados.',
      ],
      papers: ['Atestado médico detalhado', 'Declaração do empregador'],
    },
    allocation_veuvage: {
      label: 'Subsídio de viuvez (Allocation de veuvage)',
      description:
        'Um valor todos os meses durante 2 anos para uma pessoa com menos de 55 anos cujo marido ou mulher faleceu.',
      steps: [
        'Peça-o nos 2 anos após o falecimento à caixa de reforma do seu cônjuge (Carsat, MSA…) com o formulário de pedido.',
      ],
      papers: [
        'Certidão de óbito',
        'Livro de família (livret de famille)',
        'Comprovativos de rendimentos dos últimos 3 meses',
      ],
    },
    are: {
      label: 'Subsídio de desemprego (ARE)',
      description: 'O subsídio de desemprego para quem perdeu o emprego e trabalhou o suficiente antes.',
      steps: [
        'Inscreva-se na France Travail nos 12 meses após o fim do contrato; o pedido de subsídio faz-se ao mesmo tempo.',
      ],
      papers: [
        'Declaração do empregador (attestation employeur)',
        'Documento de identificação',
        'Dados bancários (RIB)',
        'Carte Vitale',
      ],
    },
    aripa: {
      label: 'Pagamento da pensão de alimentos pela CAF (Aripa)',
      description:
        'A CAF recebe a pensão de alimentos do outro progenitor e paga-lha todos os meses; reclama-a se ele não pagar.',
      steps: [
        'Peça a intermediação em pension-alimentaire.caf.fr com a sentença ou o acordo que fixa a pensão.',
        'Se a pensão não for paga, a CAF pode pagar o subsídio de apoio familiar (ASF) enquanto isso.',
      ],
      papers: ['Sentença, convenção de divórcio ou título executivo da CAF', 'Dados bancários (RIB)'],
    },
    asi: {
      label: 'Subsídio suplementar de invalidez (ASI)',
      description:
        'Um complemento todos os meses para quem tem uma pequena pensão de invalidez e poucos recursos.',
      steps: ['Preencha o formulário S 4151 e envie-o à sua caixa de seguro de doença (ou à MSA).'],
      papers: ['Formulário S 4151', 'Comprovativos dos recursos do agregado dos últimos 3 meses'],
    },
    avance_loca_pass: {
      label: 'Adiantamento Loca-Pass (caução)',
      description: 'Um empréstimo sem juros para pagar a caução ao entrar numa habitação.',
      steps: ['Faça o pedido online em actionlogement.fr até 2 meses depois de entrar na habitação.'],
      papers: ['Contrato de arrendamento assinado', 'Documento de identificação', 'Comprovativo da situação'],
    },
    bourse_crous: {
      label: 'Bolsa de estudo por critérios sociais (Crous)',
      description:
        'Um apoio do Estado para estudantes, conforme os rendimentos dos pais, pago 10 meses por ano.',
      steps: [
        'Preencha o processo social do estudante (DSE) em messervices.etudiant.gouv.fr entre 1 de março e 31 de maio, mesmo antes de ter a sua vaga.',
      ],
      papers: ['Aviso de imposto dos pais (rendimentos do ano N-2)', 'Certificado de matrícula'],
    },
    cir: {
      label: 'Contrato de integração republicana (CIR)',
      description:
        'Um contrato com o Estado para quem acaba de chegar: aulas de francês e formação cívica gratuitas.',
      steps: [
        'O OFII convoca-o depois da entrega da primeira autorização de residência; vá à entrevista e siga as formações.',
      ],
      papers: ['Autorização de residência', 'Convocatória do OFII'],
    },
    cmg: {
      label: 'Complemento de livre escolha do modo de guarda (CMG)',
      description:
        'Um valor todos os meses para pagar uma ama registada ou uma guarda ao domicílio, para uma criança com menos de 6 anos.',
      steps: [
        'Faça o pedido em caf.fr (ou msa.fr) logo que contratar a ama ou a guarda ao domicílio.',
        'Declare todos os meses as horas e o salário em pajemploi.urssaf.fr: o CMG é calculado a partir dessa declaração.',
      ],
      papers: ['Contrato de trabalho da pessoa que cuida da criança', 'Número de licença da ama'],
    },
    complementaire_sante_senior: {
      label: 'Apoio para um seguro de saúde complementar depois dos 65 anos (local)',
      description:
        'Alguns municípios, departamentos ou caixas de reforma ajudam a pagar um seguro de saúde complementar depois dos 65 anos.',
      steps: [
        'Veja primeiro a Complémentaire santé solidaire (mais vantajosa) em ameli.fr.',
        'Caso contrário, pergunte ao CCAS se existe um seguro de saúde municipal (mutuelle communale) ou um apoio local.',
      ],
      papers: ['Aviso de imposto', 'Contrato atual do seguro complementar'],
    },
    conge_naissance: {
      label: 'Licença suplementar de nascimento (Congé supplémentaire de naissance)',
      description:
        'Uma licença de 1 ou 2 meses para cada progenitor depois da licença de maternidade ou de paternidade, paga pela Segurança Social.',
      steps: [
        'Avise o seu empregador com antecedência (o prazo é fixado por decreto, entre 15 dias e um mês).',
        'O empregador envia a declaração de salário à sua caixa, que paga as prestações.',
      ],
      papers: ['Certidão de nascimento', 'Declaração do empregador'],
    },
    dalo: {
      label: 'Direito à habitação oponível (DALO)',
      description:
        'Um recurso para ter habitação ou alojamento com prioridade quando não tem casa ou vive numa casa sem condições.',
      steps: [
        'Preencha o formulário de recurso e envie-o à comissão de mediação do seu departamento.',
        'Uma associação ou a ADIL podem ajudá-lo a preparar o processo.',
      ],
      papers: [
        'Formulário Cerfa de recurso DALO',
        'Número único do pedido de habitação social',
        'Comprovativos da situação',
      ],
    },
    demande_retraite: {
      label: 'Pedir a reforma',
      description: 'A reforma não chega sozinha: é preciso fazer o pedido 6 meses antes da data de saída.',
      steps: [
        'Verifique o seu extrato de carreira em info-retraite.fr e faça depois o pedido único online para todos os seus regimes.',
        'Sem computador, um espaço France Services ou a sua Carsat ajudam-no.',
      ],
      papers: ['Documento de identificação', 'Dados bancários (RIB)', 'Aviso de imposto'],
    },
    domiciliation: {
      label: 'Morada para receber correio (domiciliation)',
      description:
        'Uma morada gratuita para receber o correio e tratar dos seus assuntos quando não tem habitação estável.',
      steps: [
        'Peça uma morada (élection de domicile) ao CCAS do seu município ou a uma associação autorizada.',
      ],
      papers: ['Documento de identificação, se tiver'],
    },
    garantie_visale: {
      label: 'Garantia Visale (fiador gratuito)',
      description: 'Um fiador gratuito: paga a renda ao senhorio se não a conseguir pagar.',
      steps: [
        'Crie a sua conta em visale.fr e peça o seu visto (visa) antes de assinar o contrato de arrendamento.',
        'Entregue o visto ao senhorio, que o valida online.',
      ],
      papers: ['Documento de identificação', 'Comprovativo da situação (estudos, contrato de trabalho)'],
    },
    mva: {
      label: 'Majoração para a vida autónoma (MVA)',
      description:
        'Um complemento todos os meses ao AAH para pessoas com deficiência grave que vivem na sua própria casa.',
      steps: [
        'É paga pela CAF (ou pela MSA) sem pedido quando as condições estão reunidas; caso contrário, peça-a.',
      ],
      papers: ['Notificação do AAH', 'Comprovativo do apoio à habitação'],
    },
    pension_reversion: {
      label: 'Pensão de sobrevivência (Pension de réversion)',
      description: 'Uma parte da reforma do seu marido ou da sua mulher falecido(a), paga todos os meses.',
      steps: [
        'Faça um único pedido online em info-retraite.fr: chega a todas as caixas de reforma do seu cônjuge.',
      ],
      papers: ['Certidão de óbito', 'Certidão de casamento', 'Comprovativos de rendimentos'],
    },
    point_conseil_budget: {
      label: 'Apoio ao orçamento (Point conseil budget)',
      description: 'Ajuda gratuita para fazer o orçamento, falar com o banco e sair das dívidas.',
      steps: [
        'Marque uma consulta num Point conseil budget (lista em mesquestionsdargent.fr) ou no CCAS.',
        'Se as dívidas forem demasiado pesadas, apresente um processo de sobre-endividamento ao Banque de France (gratuito).',
      ],
      papers: ['Extratos bancários dos últimos 3 meses', 'Lista das dívidas e das faturas'],
    },
    prepare: {
      label: 'Prestação partilhada de educação da criança (PreParE)',
      description:
        'Um valor todos os meses para o progenitor que deixa ou reduz o trabalho para cuidar de uma criança com menos de 3 anos.',
      steps: [
        'Peça primeiro a licença parental ao seu empregador (um mês antes).',
        'Faça o pedido da PreParE em caf.fr (ou msa.fr) com o formulário e a declaração do empregador.',
      ],
      papers: ['Declaração de licença parental ou de tempo parcial', 'Extrato de carreira, se necessário'],
    },
    prime_naissance: {
      label: 'Prémio de nascimento (PAJE)',
      description: 'Um valor pago uma vez pela chegada de um bebé, conforme os rendimentos.',
      steps: [
        'Declare a gravidez antes do fim do 3.º mês à Assurance maladie (o médico ou a parteira fazem-no online) e à CAF.',
        'A CAF paga o prémio no 7.º mês de gravidez, sem outro pedido, se os seus rendimentos estiverem abaixo do limite.',
      ],
      papers: ['Declaração de gravidez', 'Aviso de imposto do ano N-2'],
    },
    prime_noel: {
      label: 'Prémio de Natal (Prime de Noël)',
      description: 'Um valor pago uma vez em dezembro a quem recebe o RSA, a ASS ou a AER.',
      steps: [
        'Não tem nada a fazer: a CAF, a MSA ou a France Travail pagam-no a meio de dezembro a quem tem direito em novembro ou dezembro.',
        'Se não tiver chegado no fim de dezembro, telefone à sua caixa.',
      ],
      papers: [],
    },
    rqth: {
      label: 'Reconhecimento da qualidade de trabalhador com deficiência (RQTH)',
      description:
        'Um reconhecimento da deficiência no trabalho: apoios para encontrar ou manter um emprego, adaptação do posto.',
      steps: ['Preencha o formulário de pedido na MDPH com um atestado médico (o mesmo processo do AAH).'],
      papers: ['Formulário Cerfa 15692', 'Atestado médico Cerfa 15695'],
    },
    tarif_social_cantine: {
      label: 'Tarifa social da cantina',
      description: 'Um preço da refeição na cantina conforme os rendimentos da família, por vezes 1 €.',
      steps: [
        'Peça à câmara municipal (serviço escolar) ou ao CCAS o cálculo da sua tarifa, com o seu quociente familiar (quotient familial).',
      ],
      papers: ['Declaração de quociente familiar da CAF', 'Aviso de imposto'],
    },
    rsa: {
      label: 'Rendimento de solidariedade ativa (RSA)',
      description: 'Um rendimento mínimo todos os meses para as pessoas sem recursos ou com poucos recursos.',
      steps: [
        'Faça o pedido pela Internet em caf.fr (ou msa.fr), ou com a ajuda do CCAS ou de um assistente social do departamento.',
        'Depois, fica inscrito na France Travail e é acompanhado para o emprego ou a inserção.',
      ],
      papers: [idOrPermit, bank, 'Valor dos seus recursos dos últimos 3 meses'],
    },
    ppa: {
      label: 'Prémio de atividade (prime d’activité)',
      description: 'Um complemento de rendimento todos os meses para quem trabalha e ganha pouco.',
      steps: [
        'Faça o pedido pela Internet em caf.fr (ou msa.fr), e depois declare os seus rendimentos de 3 em 3 meses.',
      ],
      papers: ['Recibos de vencimento dos últimos 3 meses', bank],
    },
    css: {
      label: 'Complémentaire santé solidaire (seguro de saúde complementar)',
      description:
        'Um seguro de saúde complementar gratuito, ou por menos de um euro por dia e por pessoa, conforme os rendimentos.',
      steps: ['Faça o pedido na sua conta ameli.fr, ou com o formulário em papel a enviar à sua caixa.'],
      papers: ['Recursos dos últimos 12 meses de cada membro do agregado', taxNotice],
    },
    aide_logement: {
      label: 'Apoio à habitação (APL, ALF ou ALS)',
      description:
        'Um apoio todos os meses para pagar a renda, conforme os rendimentos, a renda e o local da casa.',
      steps: [
        'Faça uma simulação e depois o pedido pela Internet em caf.fr (ou msa.fr) logo que entre na casa.',
      ],
      papers: ['Contrato de arrendamento', 'Declaração de renda preenchida pelo senhorio', bank],
    },
    af: {
      label: 'Abonos de família',
      description:
        'Um apoio todos os meses para as famílias com pelo menos dois filhos com menos de 20 anos.',
      steps: [
        'Se já recebe um apoio da CAF, os abonos de família são pagos sem pedido.',
        'Se não, faça a declaração de situação em caf.fr (ou msa.fr se depende da MSA).',
      ],
      papers: ['Livro de família ou certidões de nascimento dos filhos', taxNotice, bank],
    },
    cf: {
      label: 'Complemento familiar',
      description:
        'Um apoio todos os meses para as famílias com pelo menos 3 filhos dos 3 aos 21 anos, conforme os rendimentos.',
      steps: ['Faça o pedido em caf.fr (secção «Mon compte») ou na sua MSA.'],
      papers: [taxNoticeN2, 'Livro de família'],
    },
    ars: {
      label: 'Subsídio de regresso às aulas (ARS)',
      description:
        'Um apoio pago em agosto por cada criança dos 6 aos 18 anos que estuda, conforme os rendimentos.',
      steps: [
        'Pago sem pedido se já recebe um apoio da CAF ou da MSA (para os 16-18 anos, confirme a escolaridade em caf.fr).',
        'Se não, declare os seus filhos e os seus rendimentos em caf.fr.',
      ],
      papers: [taxNoticeN2, 'Certificado de matrícula para os 16-18 anos'],
    },
    paje_base: {
      label: 'Subsídio de base da PAJE',
      description: 'Um apoio todos os meses para uma criança com menos de 3 anos, conforme os rendimentos.',
      steps: ['Declare a gravidez à CAF e ao seguro de doença, e depois o nascimento em caf.fr.'],
      papers: ['Certidão de nascimento', taxNoticeN2],
    },
    asf: {
      label: 'Subsídio de apoio familiar (ASF)',
      description:
        'Um apoio para o pai ou mãe sozinho que cria uma criança sem pensão de alimentos (ou com uma pensão baixa).',
      steps: [
        'Faça o pedido em caf.fr ou na MSA.',
        'A CAF também o pode ajudar a obter ou a cobrar a pensão de alimentos (ARIPA).',
      ],
      papers: ['Sentença ou acordo que fixa a pensão, se existir', 'Livro de família'],
    },
    aah: {
      label: 'Subsídio para adultos com deficiência (AAH)',
      description:
        'Um rendimento mínimo para pessoas com deficiência, conforme a taxa de incapacidade fixada pela MDPH.',
      steps: [
        'Preencha o formulário de pedido na MDPH (com um atestado médico com menos de um ano).',
        'A CDAPH fixa a taxa de incapacidade; a CAF ou a MSA calcula e paga o AAH.',
      ],
      papers: [mdphForm, mdphCertificate, id, address],
    },
    aspa: {
      label: 'Subsídio de solidariedade para idosos (ASPA, mínimo de velhice)',
      description: 'Um complemento de rendimento para pessoas com 65 anos ou mais com reformas baixas.',
      steps: [
        'Peça o ASPA à sua caixa de reforma (ou à câmara municipal se não tem reforma).',
        'Atenção: o ASPA pago pode ser recuperado na herança acima de um certo valor.',
      ],
      papers: ['Formulário de pedido', 'Comprovativos de recursos dos últimos 3 meses', id],
    },
    ass: {
      label: 'Subsídio de solidariedade específica (ASS)',
      description:
        'Um subsídio para quem procura emprego, já não tem direito ao desemprego e trabalhou o suficiente antes.',
      steps: [
        'A France Travail propõe-lhe o ASS no fim do subsídio de desemprego; se não, peça-o ao seu conselheiro.',
      ],
      papers: ['Declarações de trabalho dos últimos 10 anos', income],
    },
    cheque_energie: {
      label: 'Cheque energia (chèque énergie)',
      description:
        'Um apoio uma vez por ano para pagar as faturas de energia (eletricidade, gás, gasóleo, lenha…).',
      steps: [
        'O cheque é enviado sem pedido se declarou os seus rendimentos às finanças, mesmo sem rendimentos.',
        'Se não o recebeu, verifique o seu direito em chequeenergie.gouv.fr.',
      ],
      papers: [taxNotice],
    },
    bourse_college: bourse('collège'),
    bourse_lycee: bourse('lycée'),
    ame: {
      label: 'Ajuda médica do Estado (AME)',
      description:
        'O pagamento dos cuidados de saúde para estrangeiros sem autorização de residência, a viver em França há mais de 3 meses.',
      steps: ['Preencha o formulário de pedido e entregue-o pessoalmente na CPAM da sua área de residência.'],
      papers: [id, 'Prova de presença em França há mais de 3 meses', income],
    },
    puma: {
      label: 'Proteção universal na doença (PUMa) e carte Vitale',
      description:
        'O reembolso dos cuidados de saúde pelo seguro de doença para quem trabalha ou reside em França de forma estável e regular.',
      steps: [
        'Se não tem carte Vitale nem direitos abertos, peça a inscrição à CPAM da sua área de residência.',
      ],
      papers: [idOrPermit, address, bank],
    },
    aeeh: {
      label: 'Subsídio de educação da criança com deficiência (AEEH)',
      description:
        'Um apoio para as despesas de educação e de cuidados de uma criança com deficiência com menos de 20 anos.',
      steps: ['Faça um pedido na MDPH com um atestado médico; a CAF paga o subsídio.'],
      papers: [mdphForm, mdphCertificate],
    },
    pch: {
      label: 'Prestação de compensação da deficiência (PCH)',
      description:
        'Um apoio do departamento para pagar ajuda humana, material ou adaptação da casa por causa da deficiência.',
      steps: [
        'Faça um pedido na MDPH: uma equipa avalia as suas necessidades e propõe um plano de compensação.',
      ],
      papers: [mdphForm, mdphCertificate],
    },
    apa: {
      label: 'Subsídio personalizado de autonomia (APA)',
      description:
        'Um apoio do departamento para pessoas com 60 anos ou mais que precisam de ajuda nos gestos do dia a dia.',
      steps: [
        'Peça o processo ao departamento ou ao CCAS; uma equipa vem avaliar as suas necessidades (grelha AGGIR).',
      ],
      papers: ['Formulário de pedido', id, taxNotice],
    },
    cmi: {
      label: 'Cartão de mobilidade e inclusão (CMI)',
      description:
        'Um cartão para pessoas com deficiência: prioridade nas filas e nos transportes, estacionamento, vantagens.',
      steps: ['Peça-o à MDPH com o formulário de pedido (ao mesmo tempo que outro pedido, se necessário).'],
      papers: [mdphForm, 'Atestado médico', 'Fotografia tipo passe'],
    },
    fsl: {
      label: 'Fundo de solidariedade para a habitação (FSL)',
      description:
        'Um apoio do departamento para entrar numa casa, pagar rendas em atraso ou faturas de energia e de água.',
      steps: [
        'Peça uma marcação com um assistente social (CCAS, departamento) que prepara o processo do FSL.',
      ],
      papers: [income, 'Contrato de arrendamento', 'Faturas ou extrato da dívida'],
    },
    logement_social: {
      label: 'Pedido de habitação social',
      description: 'Fazer um pedido de habitação social (HLM), válido por um ano e renovável.',
      steps: [
        'Faça o pedido em demande-logement-social.gouv.fr ou na câmara municipal: recebe um número único.',
        'Renove-o todos os anos.',
      ],
      papers: [idOrPermit, 'Aviso de imposto N-2 (e N-1)'],
    },
    cej: {
      label: 'Contrato de compromisso jovem (CEJ)',
      description:
        'Um acompanhamento intensivo para o emprego para jovens dos 16 aos 25 anos sem emprego nem formação, com um subsídio conforme os recursos.',
      steps: ['Marque uma entrevista na mission locale ou na France Travail.'],
      papers: [id, address],
    },
    inscription_france_travail: {
      label: 'Inscrição na France Travail',
      description:
        'Inscrever-se como candidato a emprego para ser acompanhado e abrir os seus direitos (desemprego, ASS, RSA).',
      steps: [
        'Inscreva-se pela Internet em francetravail.fr ou numa agência France Travail; um conselheiro liga-lhe.',
      ],
      papers: [id, 'Carte Vitale', 'Currículo', 'Declarações dos empregadores'],
    },
    mission_locale: {
      label: 'Acompanhamento pela mission locale',
      description:
        'A mission locale ajuda os jovens dos 16 aos 25 anos no emprego, na formação, na habitação, na saúde e na mobilidade.',
      steps: ['Marque uma entrevista na mission locale mais próxima.'],
      papers: [id],
    },
    pass_sport: {
      label: 'Pass’Sport',
      description: 'Um apoio para a inscrição num clube desportivo, para jovens que recebem certos apoios.',
      steps: [
        'O código chega por e-mail no início do ano letivo; se não, encontre-o em pass.sports.gouv.fr e dê-o ao clube.',
      ],
      papers: ['Código Pass’Sport'],
    },
    tarif_social_transport: {
      label: 'Tarifa social dos transportes',
      description:
        'Uma redução ou a gratuidade dos transportes públicos conforme os recursos, fixada por cada rede local.',
      steps: [
        'Informe-se no CCAS, na câmara municipal ou na agência da rede de transportes, com um comprovativo de direitos.',
      ],
      papers: ['Comprovativo de direitos (RSA, CSS, AAH…)', id, 'Fotografia'],
    },
    aide_juridictionnelle: {
      label: 'Apoio judiciário (aide juridictionnelle)',
      description:
        'O pagamento das despesas de advogado e de justiça, total ou parcial, conforme os recursos.',
      steps: [
        'Faça o pedido pela Internet em justice.fr ou com o formulário, no tribunal ou num point-justice.',
      ],
      papers: ['Formulário Cerfa 16146', taxNotice, 'Documentos sobre o processo'],
    },
    mediation_numerique: {
      label: 'Ajuda nos procedimentos pela Internet',
      description:
        'Um conselheiro digital ou uma casa France services ajuda-o gratuitamente a tratar dos seus assuntos pela Internet.',
      steps: ['Marque uma entrevista numa casa France services ou com um conselheiro digital perto de si.'],
      papers: ['Os seus dados de acesso (caf.fr, ameli.fr, impots.gouv.fr), se os tiver', id],
    },
  },
};

export default pt;
