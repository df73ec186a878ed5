// Turkish names, descriptions, steps and papers of the rights (same order as the French). French acronyms
// and web addresses stay. Awaiting review by a native speaker.
import type { DetailsTable } from './types.js';

const id = 'Kimlik belgesi';
const idOrPermit = 'Kimlik belgesi ya da oturma izni';
const taxNotice = 'Vergi bildirimi';
const taxNoticeN2 = 'N-2 yılının vergi bildirimi';
const bank = 'Banka hesap bilgisi (RIB)';
const address = 'İkamet belgesi';
const mdphForm = 'Cerfa 15692 formu';
const mdphCertificate = 'Cerfa 15695 sağlık raporu';
const income = 'Gelir belgeleri';
const bourse = (level: string, name: string) => ({
  label: `${name} bursu`,
  description: `${level} okuyan bir çocuğun eğitimi için, gelire göre verilen devlet yardımı.`,
  steps: [
    'Başvuruyu okul yılı başında “Scolarité services” (EduConnect) üzerinden internetten ya da okulun sekreterliğinde yapın.',
  ],
  papers: [taxNotice, 'Gerekirse bakılan çocukların belgesi'],
});

const tr: DetailsTable = {
  review: 'awaiting-review',
  /** Who to contact, by partner type (see PARTNER_TYPES). */
  contacts: {
    association: 'Dernek',
    autre: 'Başka bir yer',
    caf: 'CAF (aile ödenekleri kurumu)',
    msa: 'MSA (tarım sosyal güvenliği)',
    cpam: 'CPAM (sağlık sigortası)',
    'france-travail': 'France Travail (iş kurumu)',
    'mission-locale': 'Mission locale (16–25 yaş)',
    ccas: 'CCAS (belediyenin sosyal hizmetleri)',
    mairie: 'Belediye (mairie)',
    mdph: 'MDPH (engelliler merkezi)',
    'france-services': 'France Services',
    'conseiller-numerique': 'Dijital danışman',
    'caisse-retraite': 'Emeklilik kurumu',
    'etablissement-scolaire': 'Okul',
    'point-justice': 'Point-justice (ücretsiz hukuki danışma)',
    'mediation-numerique': 'Dijital işlemlerde yardım',
    'information-jeunesse': 'Gençlik bilgi merkezi',
    'bailleur-social': 'Sosyal konut kurumu',
    departement: 'İlin (département) sosyal hizmetleri',
    carsat: 'Carsat (emeklilik kurumu)',
    crous: 'Crous (öğrenci hizmetleri)',
    pmi: 'PMI (anne ve çocuk sağlığı)',
    adil: 'ADIL (konut danışmanlığı)',
    cidff: 'CIDFF (kadın ve aile hakları)',
  },
  rights: {
    aide_menagere: {
      label: 'Evde temizlik ve ev işleri yardımı (sosyal yardım)',
      description: 'Evde yardım saatleri (temizlik, alışveriş, yemek); departman veya emeklilik kasası öder.',
      steps: [
        'Sosyal yardım dosyasını belediyenizin CCAS’ından (düşük gelir), aksi halde emeklilik kasanızdan isteyin.',
      ],
      papers: ['Kimlik belgesi', 'Vergi bildirimi', 'Gelir belgeleri'],
    },
    aide_permis_apprenti: {
      label: 'Çıraklar için ehliyet yardımı',
      description: '18 yaş ve üstü çıraklar için B sınıfı ehliyet (permis B) almaya 500 € yardım.',
      steps: [
        'Başvuru formunu doldurun ve sürücü kursunun fiyat teklifiyle birlikte eğitim merkezinize (CFA) verin.',
      ],
      papers: ['Başvuru formu', 'Sürücü kursunun fiyat teklifi veya faturası', 'Kimlik belgesi'],
    },
    ajpp: {
      label: 'Günlük ebeveyn refakat ödeneği (AJPP)',
      description:
        'Ağır hasta, engelli veya kaza geçirmiş bir çocuğa bakmak için işe ara veren ebeveyne her gün için bir ödeme.',
      steps: [
        'İşvereninizden ebeveyn refakat izni isteyin (15 gün önceden).',
        'CAF’a başvuru formunu ve çocuğu takip eden doktorun sağlık raporunu gönderin; her ay kullandığınız günleri bildirin.',
      ],
      papers: ['Ayrıntılı sağlık raporu', 'İşveren belgesi'],
    },
    allocation_veuvage: {
      label: 'Dulluk ödeneği (Allocation de veuvage)',
      description: 'Eşi vefat etmiş, 55 yaşından küçük bir kişiye 2 yıl boyunca her ay ödeme.',
      steps: [
        'Vefattan sonraki 2 yıl içinde, başvuru formuyla eşinizin emeklilik kasasına (Carsat, MSA…) başvurun.',
      ],
      papers: ['Ölüm belgesi', 'Aile cüzdanı (livret de famille)', 'Son 3 ayın gelir belgeleri'],
    },
    are: {
      label: 'İşsizlik ödeneği (ARE)',
      description: 'İşini kaybetmiş ve öncesinde yeterince çalışmış kişiler için işsizlik ödeneği.',
      steps: [
        'Sözleşmenin bitiminden sonraki 12 ay içinde France Travail’e kaydolun; ödenek başvurusu aynı anda yapılır.',
      ],
      papers: [
        'İşveren belgesi (attestation employeur)',
        'Kimlik belgesi',
        'Banka bilgileri (RIB)',
        'Carte Vitale',
      ],
    },
    aripa: {
      label: 'Nafakanın CAF aracılığıyla ödenmesi (Aripa)',
      description: 'CAF nafakayı diğer ebeveynden alır ve size her ay öder; ödemezse ondan talep eder.',
      steps: [
        'Nafakayı belirleyen mahkeme kararı veya anlaşmayla pension-alimentaire.caf.fr üzerinden aracılık isteyin.',
        'Nafaka ödenmezse CAF bu arada aile destek ödeneğini (ASF) ödeyebilir.',
      ],
      papers: ['Mahkeme kararı, boşanma sözleşmesi veya CAF’ın icra belgesi', 'Banka bilgileri (RIB)'],
    },
    asi: {
      label: 'Ek malullük ödeneği (ASI)',
      description: 'Küçük bir malullük aylığı ve düşük geliri olan kişilere her ay ek ödeme.',
      steps: ['S 4151 formunu doldurun ve sağlık sigortası kasanıza (veya MSA’ya) gönderin.'],
      papers: ['S 4151 formu', 'Hanenin son 3 aylık gelir belgeleri'],
    },
    avance_loca_pass: {
      label: 'Loca-Pass avansı (depozito)',
      description: 'Bir konuta taşınırken depozitoyu ödemek için faizsiz kredi.',
      steps: ['Konuta girdikten en geç 2 ay sonra actionlogement.fr üzerinden çevrim içi başvurun.'],
      papers: ['İmzalı kira sözleşmesi', 'Kimlik belgesi', 'Durum belgesi'],
    },
    bourse_crous: {
      label: 'Sosyal ölçütlere göre öğrenci bursu (Crous)',
      description: 'Anne babanın gelirine göre öğrencilere devlet yardımı, yılda 10 ay ödenir.',
      steps: [
        'Öğrenci sosyal dosyasını (DSE) 1 Mart ile 31 Mayıs arasında messervices.etudiant.gouv.fr üzerinden doldurun, yeriniz kesinleşmeden bile.',
      ],
      papers: ['Anne babanın vergi bildirimi (N-2 yılı gelirleri)', 'Öğrenci belgesi'],
    },
    cir: {
      label: 'Cumhuriyet’e uyum sözleşmesi (CIR)',
      description:
        'Yeni gelenler için devletle bir sözleşme: ücretsiz Fransızca dersleri ve yurttaşlık eğitimi.',
      steps: [
        'İlk oturma izniniz verildikten sonra OFII sizi çağırır; randevuya gidin ve eğitimlere katılın.',
      ],
      papers: ['Oturma izni', 'OFII çağrı yazısı'],
    },
    cmg: {
      label: 'Çocuk bakım yöntemi serbest seçim desteği (CMG)',
      description:
        '6 yaşından küçük bir çocuk için kayıtlı çocuk bakıcısına veya evde bakıcıya ödeme yapmak üzere her ay yardım.',
      steps: [
        'Çocuk bakıcısını veya evde bakıcıyı işe alır almaz caf.fr (veya msa.fr) üzerinden başvurun.',
        'Her ay saatleri ve ücreti pajemploi.urssaf.fr üzerinden bildirin: CMG bu bildirime göre hesaplanır.',
      ],
      papers: ['Çocuğa bakan kişinin iş sözleşmesi', 'Çocuk bakıcısının onay numarası'],
    },
    complementaire_sante_senior: {
      label: '65 yaş sonrası tamamlayıcı sağlık sigortası yardımı (yerel)',
      description:
        'Bazı belediyeler, departmanlar veya emeklilik kasaları 65 yaşından sonra tamamlayıcı sağlık sigortasının ödenmesine yardım eder.',
      steps: [
        'Önce ameli.fr üzerinden Complémentaire santé solidaire’e bakın (daha avantajlı).',
        'Yoksa CCAS’a belediye sağlık sigortası (mutuelle communale) veya yerel bir yardım olup olmadığını sorun.',
      ],
      papers: ['Vergi bildirimi', 'Mevcut tamamlayıcı sigorta sözleşmesi'],
    },
    conge_naissance: {
      label: 'Ek doğum izni (Congé supplémentaire de naissance)',
      description:
        'Doğum veya babalık izninden sonra her ebeveyn için 1 veya 2 aylık izin; Sosyal Güvenlik öder.',
      steps: [
        'İşvereninize önceden haber verin (süre kararnameyle belirlenir, 15 gün ile bir ay arası).',
        'İşveren maaş belgesini kasanıza gönderir, kasa ödemeyi yapar.',
      ],
      papers: ['Doğum belgesi', 'İşveren belgesi'],
    },
    dalo: {
      label: 'Talep edilebilir barınma hakkı (DALO)',
      description:
        'Konutsuz veya kötü koşullarda yaşayan kişilerin öncelikli olarak konut veya barınak alması için başvuru.',
      steps: [
        'Başvuru formunu doldurun ve departmanınızın arabuluculuk komisyonuna gönderin.',
        'Bir dernek veya ADIL dosyayı hazırlamanıza yardım edebilir.',
      ],
      papers: ['DALO başvurusu için Cerfa formu', 'Sosyal konut başvurusu tek numarası', 'Durum belgeleri'],
    },
    demande_retraite: {
      label: 'Emeklilik başvurusu',
      description: 'Emeklilik kendiliğinden başlamaz: işten ayrılma tarihinden 6 ay önce başvurmak gerekir.',
      steps: [
        'Kariyer dökümünüzü info-retraite.fr üzerinden kontrol edin, sonra tüm emeklilik sistemleriniz için tek çevrim içi başvuruyu yapın.',
        'Bilgisayarınız yoksa bir France Services ofisi veya Carsat size yardım eder.',
      ],
      papers: ['Kimlik belgesi', 'Banka bilgileri (RIB)', 'Vergi bildirimi'],
    },
    domiciliation: {
      label: 'Posta adresi edinme (domiciliation)',
      description:
        'Sabit bir konutunuz olmadığında postanızı almak ve işlemlerinizi yapmak için ücretsiz bir adres.',
      steps: ['Belediyenizin CCAS’ından veya yetkili bir dernekten adres (élection de domicile) isteyin.'],
      papers: ['Varsa kimlik belgesi'],
    },
    garantie_visale: {
      label: 'Visale güvencesi (ücretsiz kefil)',
      description: 'Ücretsiz bir kefalet: kirayı ödeyemezseniz ev sahibine kirayı o öder.',
      steps: [
        'visale.fr üzerinde hesap açın ve kira sözleşmesini imzalamadan önce vizenizi (visa) isteyin.',
        'Vizeyi ev sahibine verin, o da çevrim içi onaylar.',
      ],
      papers: ['Kimlik belgesi', 'Durum belgesi (öğrenim, iş sözleşmesi)'],
    },
    mva: {
      label: 'Bağımsız yaşam ek ödemesi (MVA)',
      description: 'Kendi evinde yaşayan ağır engelli kişilere AAH’ye ek olarak her ay ödeme.',
      steps: ['Koşullar sağlandığında CAF (veya MSA) başvuru olmadan öder; aksi halde başvurun.'],
      papers: ['AAH karar yazısı', 'Konut yardımı belgesi'],
    },
    pension_reversion: {
      label: 'Dul ve yetim aylığı (Pension de réversion)',
      description: 'Vefat eden eşinizin emekli aylığının bir kısmı, her ay ödenir.',
      steps: [
        'info-retraite.fr üzerinden tek bir çevrim içi başvuru yapın: eşinizin tüm emeklilik kasalarına ulaşır.',
      ],
      papers: ['Ölüm belgesi', 'Evlilik belgesi', 'Gelir belgeleri'],
    },
    point_conseil_budget: {
      label: 'Bütçe danışma noktası (Point conseil budget)',
      description: 'Bütçenizi yapmak, bankanızla konuşmak ve borçtan kurtulmak için ücretsiz yardım.',
      steps: [
        'Bir Point conseil budget’tan (liste mesquestionsdargent.fr üzerinde) veya CCAS’tan randevu alın.',
        'Borçlarınız çok ağırsa Banque de France’a aşırı borçluluk dosyası verin (ücretsiz).',
      ],
      papers: ['Son 3 ayın hesap dökümleri', 'Borçların ve faturaların listesi'],
    },
    prepare: {
      label: 'Ortak çocuk eğitimi ödeneği (PreParE)',
      description:
        '3 yaşından küçük bir çocuğa bakmak için işini bırakan veya azaltan ebeveyne her ay ödeme.',
      steps: [
        'Önce işvereninizden ebeveyn izni isteyin (bir ay önceden).',
        'PreParE başvurusunu form ve işveren belgesiyle caf.fr (veya msa.fr) üzerinden yapın.',
      ],
      papers: ['Ebeveyn izni veya yarı zamanlı çalışma belgesi', 'Gerekirse kariyer dökümü'],
    },
    prime_naissance: {
      label: 'Doğum primi (PAJE)',
      description: 'Bir bebeğin doğumu için gelire göre bir kez ödenen tutar.',
      steps: [
        'Gebeliği 3. ayın sonundan önce Assurance maladie’ye (doktor veya ebe çevrim içi yapar) ve CAF’a bildirin.',
        'Geliriniz tavanın altındaysa CAF primi başka bir başvuru olmadan gebeliğin 7. ayında öder.',
      ],
      papers: ['Gebelik bildirimi', 'N-2 yılı vergi bildirimi'],
    },
    prime_noel: {
      label: 'Noel primi (Prime de Noël)',
      description: 'RSA, ASS veya AER alanlara aralık ayında bir kez ödenen tutar.',
      steps: [
        'Yapacak bir şey yok: CAF, MSA veya France Travail, kasım veya aralıkta hakkı olanlara aralık ortasında öder.',
        'Aralık sonuna kadar gelmezse kasanızı arayın.',
      ],
      papers: [],
    },
    rqth: {
      label: 'Engelli çalışan statüsünün tanınması (RQTH)',
      description:
        'Engelin iş hayatında tanınması: iş bulma veya işi koruma yardımları, iş yerinin uyarlanması.',
      steps: ['MDPH’ye başvuru formunu sağlık raporuyla birlikte doldurun (AAH ile aynı dosya).'],
      papers: ['Cerfa 15692 formu', 'Cerfa 15695 sağlık raporu'],
    },
    tarif_social_cantine: {
      label: 'Okul yemekhanesi sosyal tarifesi',
      description: 'Okul yemekhanesinde ailenin gelirine göre yemek fiyatı, bazen 1 €.',
      steps: [
        'Aile katsayınızla (quotient familial) belediyeden (okul hizmetleri) veya CCAS’tan tarifenizin hesaplanmasını isteyin.',
      ],
      papers: ['CAF aile katsayısı belgesi', 'Vergi bildirimi'],
    },
    rsa: {
      label: 'Aktif dayanışma geliri (RSA)',
      description: 'Geliri olmayan ya da düşük gelirli kişiler için her ay asgari bir gelir.',
      steps: [
        'Başvuruyu caf.fr (ya da msa.fr) üzerinden internetten yapın ya da CCAS’ın veya ilin bir sosyal hizmet uzmanının yardımıyla yapın.',
        'Sonra France Travail’e kaydedilirsiniz ve işe ya da topluma katılıma yönelik destek alırsınız.',
      ],
      papers: [idOrPermit, bank, 'Son 3 ayın gelir tutarı'],
    },
    ppa: {
      label: 'Çalışma primi (prime d’activité)',
      description: 'Çalışan ve az kazanan kişiler için her ay gelir desteği.',
      steps: [
        'Başvuruyu caf.fr (ya da msa.fr) üzerinden internetten yapın, sonra gelirlerinizi 3 ayda bir bildirin.',
      ],
      papers: ['Son 3 ayın maaş bordroları', bank],
    },
    css: {
      label: 'Complémentaire santé solidaire (tamamlayıcı sağlık sigortası)',
      description:
        'Gelire göre ücretsiz ya da kişi başı günde bir avrodan az tutan tamamlayıcı sağlık sigortası.',
      steps: ['Başvuruyu ameli.fr hesabınızdan ya da kurumunuza gönderilecek kâğıt formla yapın.'],
      papers: ['Hanedeki her kişinin son 12 aylık geliri', taxNotice],
    },
    aide_logement: {
      label: 'Konut yardımı (APL, ALF ya da ALS)',
      description: 'Gelire, kiraya ve konutun yerine göre kira ödemek için her ay yardım.',
      steps: ['Konuta girer girmez caf.fr (ya da msa.fr) üzerinden bir simülasyon, sonra başvuru yapın.'],
      papers: ['Kira sözleşmesi', 'Ev sahibinin doldurduğu kira belgesi', bank],
    },
    af: {
      label: 'Aile ödenekleri',
      description: '20 yaşından küçük en az iki çocuğu olan aileler için her ay yardım.',
      steps: [
        'CAF’tan zaten bir yardım alıyorsanız, aile ödenekleri başvurusuz ödenir.',
        'Almıyorsanız, durum bildiriminizi caf.fr (MSA’ya bağlıysanız msa.fr) üzerinden yapın.',
      ],
      papers: ['Aile cüzdanı ya da çocukların doğum belgeleri', taxNotice, bank],
    },
    cf: {
      label: 'Aile ek ödeneği',
      description: '3 ile 21 yaş arası en az 3 çocuğu olan aileler için, gelire göre her ay yardım.',
      steps: ['Başvuruyu caf.fr’de (“Mon compte” bölümü) ya da MSA’nızda yapın.'],
      papers: [taxNoticeN2, 'Aile cüzdanı'],
    },
    ars: {
      label: 'Okula dönüş ödeneği (ARS)',
      description: 'Okula giden 6 ile 18 yaş arası her çocuk için, gelire göre ağustosta ödenen yardım.',
      steps: [
        'CAF’tan ya da MSA’dan zaten bir yardım alıyorsanız başvurusuz ödenir (16–18 yaş için okula devamı caf.fr’de onaylayın).',
        'Almıyorsanız, çocuklarınızı ve gelirlerinizi caf.fr’de bildirin.',
      ],
      papers: [taxNoticeN2, '16–18 yaş için okul belgesi'],
    },
    paje_base: {
      label: 'PAJE temel ödeneği',
      description: '3 yaşından küçük bir çocuk için, gelire göre her ay yardım.',
      steps: ['Hamileliği CAF’a ve sağlık sigortasına, sonra doğumu caf.fr’de bildirin.'],
      papers: ['Doğum belgesi', taxNoticeN2],
    },
    asf: {
      label: 'Aile destek ödeneği (ASF)',
      description: 'Nafaka almadan (ya da düşük nafakayla) çocuk büyüten yalnız ebeveyn için yardım.',
      steps: [
        'Başvuruyu caf.fr’de ya da MSA’da yapın.',
        'CAF ayrıca nafakayı almanıza ya da ödetmenize yardım edebilir (ARIPA).',
      ],
      papers: ['Varsa nafakayı belirleyen karar ya da anlaşma', 'Aile cüzdanı'],
    },
    aah: {
      label: 'Engelli yetişkin ödeneği (AAH)',
      description: 'Engelli kişiler için, MDPH’nin belirlediği engellilik oranına göre asgari gelir.',
      steps: [
        'MDPH başvuru formunu doldurun (bir yıldan eski olmayan sağlık raporuyla).',
        'CDAPH engellilik oranını belirler; CAF ya da MSA AAH’yi hesaplar ve öder.',
      ],
      papers: [mdphForm, mdphCertificate, id, address],
    },
    aspa: {
      label: 'Yaşlılar için dayanışma ödeneği (ASPA, yaşlılık asgari geliri)',
      description: 'Emekli maaşı düşük olan 65 yaş ve üstü kişiler için gelir desteği.',
      steps: [
        'ASPA’yı emeklilik kurumunuzdan isteyin (emekli maaşınız yoksa belediyeden).',
        'Dikkat: ödenen ASPA, belli bir tutarın üstünde mirastan geri alınabilir.',
      ],
      papers: ['Başvuru formu', 'Son 3 ayın gelir belgeleri', id],
    },
    ass: {
      label: 'Özel dayanışma ödeneği (ASS)',
      description: 'İşsizlik hakkı bitmiş ve daha önce yeterince çalışmış iş arayanlar için ödenek.',
      steps: [
        'France Travail, işsizlik haklarınız bitince size ASS önerir; önermezse danışmanınızdan isteyin.',
      ],
      papers: ['Son 10 yılın çalışma belgeleri', income],
    },
    cheque_energie: {
      label: 'Enerji çeki (chèque énergie)',
      description: 'Enerji faturalarını (elektrik, gaz, mazot, odun…) ödemek için yılda bir kez yardım.',
      steps: [
        'Gelirlerinizi vergi dairesine bildirdiyseniz, gelir olmasa bile çek başvurusuz gönderilir.',
        'Almadıysanız hakkınızı chequeenergie.gouv.fr’de kontrol edin.',
      ],
      papers: [taxNotice],
    },
    bourse_college: bourse('Ortaokulda (collège)', 'Ortaokul (collège)'),
    bourse_lycee: bourse('Lisede (lycée)', 'Lise (lycée)'),
    ame: {
      label: 'Devletin sağlık yardımı (AME)',
      description:
        'Oturma izni olmayan ve 3 aydan uzun süredir Fransa’da yaşayan yabancıların tedavi giderlerinin karşılanması.',
      steps: ['Başvuru formunu doldurun ve oturduğunuz yerin CPAM’ına bizzat teslim edin.'],
      papers: [id, '3 aydan uzun süredir Fransa’da bulunduğunuzun kanıtı', income],
    },
    puma: {
      label: 'Evrensel sağlık koruması (PUMa) ve carte Vitale',
      description:
        'Fransa’da düzenli ve yasal olarak çalışan ya da oturan herkesin tedavi giderlerinin sağlık sigortasınca geri ödenmesi.',
      steps: ['Carte Vitale’iniz ya da açık haklarınız yoksa, oturduğunuz yerin CPAM’ından kayıt isteyin.'],
      papers: [idOrPermit, address, bank],
    },
    aeeh: {
      label: 'Engelli çocuk eğitim ödeneği (AEEH)',
      description: '20 yaşından küçük engelli bir çocuğun eğitim ve bakım giderleri için yardım.',
      steps: ['Sağlık raporuyla MDPH’ye başvurun; ödeneği CAF öder.'],
      papers: [mdphForm, mdphCertificate],
    },
    pch: {
      label: 'Engellilik telafi ödeneği (PCH)',
      description:
        'Engellilik nedeniyle gereken insan yardımı, malzeme ya da konut düzenlemesi için ilin (département) yardımı.',
      steps: ['MDPH’ye başvurun: bir ekip ihtiyaçlarınızı değerlendirir ve bir telafi planı önerir.'],
      papers: [mdphForm, mdphCertificate],
    },
    apa: {
      label: 'Kişisel bağımsızlık ödeneği (APA)',
      description: 'Günlük işlerde yardıma ihtiyacı olan 60 yaş ve üstü kişiler için ilin yardımı.',
      steps: [
        'Dosyayı ilden (département) ya da CCAS’tan isteyin; bir ekip ihtiyaçlarınızı değerlendirmeye gelir (AGGIR tablosu).',
      ],
      papers: ['Başvuru formu', id, taxNotice],
    },
    cmi: {
      label: 'Hareketlilik ve katılım kartı (CMI)',
      description: 'Engelli kişiler için kart: kuyruklarda ve ulaşımda öncelik, park, başka avantajlar.',
      steps: ['Başvuru formuyla MDPH’den isteyin (gerekirse başka bir başvuruyla aynı anda).'],
      papers: [mdphForm, 'Sağlık raporu', 'Vesikalık fotoğraf'],
    },
    fsl: {
      label: 'Konut dayanışma fonu (FSL)',
      description:
        'Bir konuta girmek, kira borçlarını ya da enerji ve su faturalarını ödemek için ilin yardımı.',
      steps: ['FSL dosyasını hazırlayan bir sosyal hizmet uzmanından (CCAS, il) randevu isteyin.'],
      papers: [income, 'Kira sözleşmesi', 'Faturalar ya da borç dökümü'],
    },
    logement_social: {
      label: 'Sosyal konut başvurusu',
      description: 'Bir yıl geçerli ve yenilenebilen bir sosyal konut (HLM) başvurusu yapmak.',
      steps: [
        'Başvuruyu demande-logement-social.gouv.fr üzerinden ya da belediyede yapın: tek bir numara alırsınız.',
        'Her yıl yenileyin.',
      ],
      papers: [idOrPermit, 'N-2 (ve N-1) vergi bildirimi'],
    },
    cej: {
      label: 'Gençlik taahhüt sözleşmesi (CEJ)',
      description:
        'İşi ya da eğitimi olmayan 16–25 yaş arası gençler için, gelire göre bir ödenekle, işe yönelik yoğun destek.',
      steps: ['Mission locale’den ya da France Travail’den randevu alın.'],
      papers: [id, address],
    },
    inscription_france_travail: {
      label: 'France Travail’e kayıt',
      description: 'Destek almak ve haklarınızı açmak (işsizlik, ASS, RSA) için iş arayan olarak kaydolmak.',
      steps: [
        'francetravail.fr üzerinden internetten ya da bir France Travail ajansında kaydolun; bir danışman sizi arar.',
      ],
      papers: [id, 'Carte Vitale', 'Özgeçmiş', 'İşveren belgeleri'],
    },
    mission_locale: {
      label: 'Mission locale desteği',
      description:
        'Mission locale 16–25 yaş arası gençlere iş, eğitim, konut, sağlık ve ulaşım konularında yardım eder.',
      steps: ['En yakın mission locale’den randevu alın.'],
      papers: [id],
    },
    pass_sport: {
      label: 'Pass’Sport',
      description: 'Bazı yardımları alan gençler için bir spor kulübüne kayıt yardımı.',
      steps: [
        'Kod okul yılı başında e-postayla gelir; gelmezse pass.sports.gouv.fr’de bulun ve kulübe verin.',
      ],
      papers: ['Pass’Sport kodu'],
    },
    tarif_social_transport: {
      label: 'Toplu taşımada sosyal tarife',
      description: 'Her yerel ağın belirlediği, gelire göre toplu taşımada indirim ya da ücretsizlik.',
      steps: ['Bir hak belgesiyle CCAS’a, belediyeye ya da ulaşım ağının ajansına danışın.'],
      papers: ['Hak belgesi (RSA, CSS, AAH…)', id, 'Fotoğraf'],
    },
    aide_juridictionnelle: {
      label: 'Adli yardım (aide juridictionnelle)',
      description: 'Gelire göre avukat ve dava giderlerinin tamamen ya da kısmen karşılanması.',
      steps: [
        'Başvuruyu justice.fr üzerinden internetten ya da formla, mahkemede veya bir point-justice’te yapın.',
      ],
      papers: ['Cerfa 16146 formu', taxNotice, 'Davayla ilgili belgeler'],
    },
    mediation_numerique: {
      label: 'İnternetteki işlemler için yardım',
      description:
        'Bir dijital danışman ya da bir France services ofisi, internetteki işlemlerinizde size ücretsiz yardım eder.',
      steps: ['Bir France services ofisinden ya da yakınınızdaki bir dijital danışmandan randevu alın.'],
      papers: ['Varsa giriş bilgileriniz (caf.fr, ameli.fr, impots.gouv.fr)', id],
    },
  },
};

export default tr;
