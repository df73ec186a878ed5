// Turkish reasons of the rights, keyed by right id and condition code. Awaiting review by a native speaker.
import type { ReasonsTable } from './types.js';

const childResources = {
  met: '{who} kendi gelirine sahip ({resources}); bu gelir, kendisinin sabit tutara eklediği miktara ({increase}) en az eşit: ne bu kişi ne de geliri haneye dahil edilir.',
};
const child = { one: '{count} çocuk', other: '{count} çocuk' };
const dependent = {
  one: 'bakmakla yükümlü olduğunuz {count} çocuk',
  other: 'bakmakla yükümlü olduğunuz {count} çocuk',
};
const year = { one: '{count} yaş', other: '{count} yaş' };
const crds = { met: 'Aile ödeneklerinden kesilen %0,5 CRDS sonrası tutar.' };
const ceiling = {
  met: 'Gelirleriniz ({rfr}) tavanı ({ceiling}) aşmıyor.',
  notMet: 'Gelirleriniz ({rfr}) tavanı ({ceiling}) aşıyor.',
};
const housing = {
  met: 'Konut durumunuz biliniyor.',
  unknown: 'Nasıl kaldığınızı bilmiyoruz: konut götürü tutarı düşülmedi.',
};
const forfait = { met: 'Bir konut götürü tutarı düşülüyor, çünkü {why}.' };
const benefits = { met: 'Bu yardımlar gelirinize sayılıyor: {list}.' };
const resources = { met: 'Hesaba katılan hane geliri: ayda {value} (son 3 ayın ortalaması).' };
const housingUnknown = 'Nasıl kaldığınızı bilmiyoruz.';
const bourseCeiling = {
  met: 'Gelirleriniz ({rfr}) {step}. kademeyi veriyor ({kids} için tavan {ceiling}).',
  notMet: 'Gelirleriniz ({rfr}) 1. kademenin tavanını aşıyor ({kids} için {ceiling}).',
};
const amountNote = {
  met: '{year} öğretim yılı tarifesiyle hesaplanan tutar (BMAF’ın bir payı, 3 €’nun katına yuvarlanmış); sınıf ve bakılan çocuk sayısı sizin belirttiklerinizdir.',
};

const person = { one: '{count} kişi', other: '{count} kişi' };
const rental = {
  met: 'Kiracısınız veya konut arıyorsunuz.',
  notMet: 'Bu yardım, kiracı olan veya kiralık konut arayan kişiler içindir.',
  unknown: 'Nerede oturduğunuzu bilmiyoruz.',
};

const tr: ReasonsTable = {
  review: 'awaiting-review',
  words: {
    'janvier {y}': 'Ocak {y}',
    '1er janvier {y}': '1 Ocak {y}',
    'février {y}': 'Şubat {y}',
    '1er février {y}': '1 Şubat {y}',
    'mars {y}': 'Mart {y}',
    '1er mars {y}': '1 Mart {y}',
    'avril {y}': 'Nisan {y}',
    '1er avril {y}': '1 Nisan {y}',
    'mai {y}': 'Mayıs {y}',
    '1er mai {y}': '1 Mayıs {y}',
    'juin {y}': 'Haziran {y}',
    '1er juin {y}': '1 Haziran {y}',
    'juillet {y}': 'Temmuz {y}',
    '1er juillet {y}': '1 Temmuz {y}',
    'août {y}': 'Ağustos {y}',
    '1er août {y}': '1 Ağustos {y}',
    'septembre {y}': 'Eylül {y}',
    '1er septembre {y}': '1 Eylül {y}',
    'octobre {y}': 'Ekim {y}',
    '1er octobre {y}': '1 Ekim {y}',
    'novembre {y}': 'Kasım {y}',
    '1er novembre {y}': '1 Kasım {y}',
    'décembre {y}': 'Aralık {y}',
    '1er décembre {y}': '1 Aralık {y}',
    'la CAF et la MSA retiennent': 'CAF ve MSA',
    'la CAF retient (la MSA à partir de juillet 2025)': 'CAF (Temmuz 2025’ten itibaren MSA da)',
    'une pension alimentaire': 'nafaka',
    'des revenus d’indépendant': 'serbest çalışma geliri',
    'd’autres revenus': 'diğer gelirler',
    'Paris et communes limitrophes': 'Paris ve komşu belediyeler',
    'hors Île-de-France': 'Île-de-France dışında',
    vous: 'siz',
    'votre conjoint ou conjointe': 'eşiniz',
    'l’enfant « enfant{x} »': '{x} numaralı çocuk',
    'l’enfant « {x} »': '“{x}” adlı çocuk',
    'la personne « {x} »': '“{x}” adlı kişi',
    an: year,
    ans: year,
    enfant: child,
    enfants: child,
    'enfant a': child,
    'enfants ont': child,
    'enfant est': child,
    'enfants sont': child,
    'enfant à charge': dependent,
    'enfants à charge': dependent,
    plein: 'tam',
    partiel: 'kısmi',
    ' avec RSDAE': ', RSDAE ile',
    ' (inaptitude ou handicap)': ' (çalışamama ya da engellilik)',
    'de la CSS gratuite': '(ücretsiz CSS)',
    'avec participation': '(katkı paylı)',
    'de la CMU-C': '(CMU-C)',
    'de l’ACS': '(ACS)',
    'vous êtes propriétaire sans crédit': 'kredisiz ev sahibisiniz',
    'vous êtes logé gratuitement': 'ücretsiz kalıyorsunuz',
    'vous recevez une aide au logement': 'konut yardımı alıyorsunuz',
    'vous avez droit à une aide au logement': 'konut yardımına hakkınız var',
    'Allocations familiales': 'Aile ödenekleri',
    'Complément familial': 'Aile ek ödeneği',
    'Allocation de base de la PAJE': 'PAJE temel ödeneği',
    'Allocation de soutien familial (ASF)': 'Aile destek ödeneği (ASF)',
    'Allocation aux adultes handicapés (AAH)': 'Engelli yetişkin ödeneği (AAH)',
    'Allocation de solidarité aux personnes âgées (ASPA, minimum vieillesse)':
      'Yaşlılar için dayanışma ödeneği (ASPA, yaşlılık asgari geliri)',
    'Allocation de solidarité spécifique (ASS)': 'Özel dayanışma ödeneği (ASS)',
    'Vous avez {x} ans': '{x} yaşındasınız',
    'Vous êtes salarié': 'Ücretli çalışansınız',
    ', jusqu’à {x}': ', en fazla {x} olmak üzere,',
    'sans logement': 'konutunuz yok',
    'en foyer': 'bir yurtta (foyer) kalıyorsunuz',
    hébergé: 'başkasının yanında kalıyorsunuz',
    'le RSA': 'RSA',
    'l’ASS': 'ASS',
    personne: person,
    personnes: person,
    '65 ans ou plus': '65 yaş ve üstü',
    '60 ans ou plus, inapte au travail': '60 yaş ve üstü, çalışamaz durumda',
  },
  reasons: {
    pension_reversion: {
      widowed: {
        met: 'Eşiniz vefat etti.',
        notMet: 'Bu yardım, eşi vefat etmiş kişiler içindir.',
        unknown: 'Eşiniz vefat ettiyse bunu belirtin: yardımlar var.',
      },
      age: {
        met: '55 yaşında veya daha büyüksünüz ({age} yaş).',
        notMet: 'Genel sistemde dul aylığı 55 yaşında başlar; öncesinde dulluk ödeneğine bakın.',
        unknown: 'Genel sistemin dul aylığı için 55 yaş gerekir: doğum tarihiniz eksik.',
      },
      ceiling: {
        met: 'Geliriniz (yılda {resources}) tavanın ({ceiling}) altında: genel sistemin dul aylığı, eşinizin emekli aylığının %54’üdür. Tamamlayıcı emeklilik (Agirc-Arrco) gelir şartı olmadan %60 öder.',
        notMet:
          'Geliriniz (yılda {resources}) genel sistemin tavanını ({ceiling}) aşıyor; tamamlayıcı emekliliğin (Agirc-Arrco) dul aylığı gelir şartı olmadan yine mümkündür.',
      },
    },
    allocation_veuvage: {
      widowed: {
        met: 'Eşiniz vefat etti.',
        notMet: 'Bu yardım, eşi vefat etmiş kişiler içindir.',
        unknown: 'Eşiniz vefat ettiyse bunu belirtin: yardımlar var.',
      },
      age: {
        met: '55 yaşından küçüksünüz ({age} yaş).',
        notMet: '55 yaşından itibaren dul aylığı devreye girer.',
        unknown: 'Dulluk ödeneği 55 yaşından küçükler içindir: doğum tarihiniz eksik.',
      },
      amount: {
        met: 'Geliriniz: ayda {resources}, tavan {ceiling}: 2 yıl boyunca ayda {value} ödenek (vefat sırasında 50 yaşındaysanız 55 yaşına kadar). Evli olmuş olmanız ve eşinizin vefattan önceki yıl içinde en az 3 ay prim ödemiş olması gerekir.',
        notMet: 'Geliriniz (ayda {resources}) tavanı ({ceiling}) aşıyor.',
      },
    },
    aide_menagere: {
      age: {
        met: 'Yaş ({who}): {age} yaş ({rule}).',
        notMet:
          'Sosyal yardımdan ev işleri yardımı, 65 yaşındaki kişiler veya çalışamaz olduğu kabul edilen 60 yaşındaki kişiler içindir.',
      },
      resources: {
        met: 'Gelir ({resources} yıllık) ASPA tavanının ({ceiling}) altında: ihtiyacınız varsa ve APA almıyorsanız, il (département) evde yardım saatlerini (temizlik, alışveriş, yemek) ödeyebilir. Tavanın üstünde emeklilik sandığınız yardım edebilir.',
        notMet:
          'Gelir ({resources} yıllık) ASPA tavanının ({ceiling}) üstünde: emeklilik sandığınız evde yardımın ödenmesine destek olabilir.',
      },
    },
    aide_permis_apprenti: {
      apprentice: {
        met: '18 yaş ve üstü çırak ({who}): B sınıfı ehliyet (permis B) için tek seferlik {value} yardım; eğitim merkezinden (CFA) istenir.',
        notMet: 'Bu yardım, B sınıfı ehliyet (permis B) alan 18 yaş ve üstü çıraklar içindir.',
      },
    },
    ajpp: {
      amount: {
        met: 'Bilinen son tutar: günlük {value} (2025), ayda en fazla 22 gün ve 3 yılda 310 gün; gelire bağlı olarak masraflar için bir ek ödeme vardır.',
      },
      child: {
        met: 'Ağır bir hastalığı, engeli veya ciddi bir kazası olan 20 yaşından küçük çocuk ({who}): yanında olmak için çalışmayı bırakırsanız AJPP her izin gününü öder.',
        notMet:
          'AJPP, ağır hasta, engelli veya kaza geçirmiş bir çocuk için çalışmayı bırakan ebeveyn içindir.',
      },
    },
    are: {
      exhausted: {
        notMet: 'İşsizlik haklarınız bitti: ASS, RSA ve prime d’activité yardımlarına bakın.',
      },
      paid: {
        met: 'Zaten işsizlik ödeneği alıyorsunuz (aylık {value}).',
      },
      seeking: {
        met: 'İşsiz ({who}).',
        notMet: 'İşsizlik ödeneği işini kaybetmiş kişiler içindir.',
      },
      worked: {
        met: 'Son 24 ayda (55 yaşından sonra 36 ayda) en az 6 ay (130 gün veya 910 saat) çalıştıysanız ve işinizi isteğiniz dışında (veya anlaşmalı fesihle, rupture conventionnelle) kaybettiyseniz, hemen France Travail’e kaydolun: ARE (işsizlik ödeneği) eski maaşlarınıza bağlıdır, hesabı France Travail yapar.',
      },
    },
    aripa: {
      separated: {
        met: 'Diğer ebeveynin nafaka borçlu olduğu bir çocuğu tek başınıza büyütüyorsunuz ({who}): CAF nafakayı ondan alıp size her ay ödeyebilir ve ödemezse ondan talep edebilir.',
        notMet: 'Aripa, nafaka alan veya alması gereken ayrılmış ebeveyn içindir.',
      },
    },
    asi: {
      age: {
        met: 'Yasal emeklilik yaşına ulaşmadınız.',
        notMet: 'Yasal emeklilik yaşından sonra ASPA devreye girer.',
        unknown: 'ASI yasal emeklilik yaşında (doğum yılına göre 62 ile 64 yaş arası) sona erer.',
      },
      amount: {
        met: 'Hane geliri: aylık {resources}, tavan {ceiling}: tahmini ASI aylık {value} (Nisan 2025 tavanı elimizdeki en son tavandır; iş gelirlerinde hesaplamadığımız bir indirim vardır).',
        notMet: 'Hane geliri (aylık {resources}) ASI tavanını ({ceiling}) aşıyor.',
      },
      invalid: {
        met: 'Sağlık nedeniyle çalışamıyorsunuz ({who}): gelir düşükse ASI, malullük aylığını (veya malul dul aylığını) tamamlar.',
        notMet: 'ASI malullük aylığını tamamlar: sağlık nedeniyle artık çalışamayan kişiler içindir.',
      },
    },
    avance_loca_pass: {
      housing: rental,
      who: {
        met: '{reason}: işverenlerin konut kuruluşu depozitoyu (dépôt de garantie){max} faizsiz olarak size borç verir. Ayda en az 20 € olmak üzere en fazla 25 ayda geri ödersiniz. Bu bir yardım değil, borçtur: gelirinize sayılmaz.',
        notMet:
          'Loca-Pass avansı 30 yaşından küçükler ve özel bir şirkette (tarım dışı) çalışan ücretliler içindir.',
        unknown: 'Loca-Pass avansı yaşa veya işe bağlıdır: doğum tarihi eksik.',
      },
    },
    bourse_crous: {
      resources: {
        met: 'Anne babanızın gelirine (revenu fiscal de référence) ve durum puanlarına (uzaklık, öğrenci kardeşler) bağlıdır: 10 ayda ödenir, 0 bis kademesinden 7. kademeye kadar.',
      },
      student: {
        met: 'Yükseköğretim ({who}, {age} yaş): burs 28 yaşından önce, öğrenci sosyal dosyası (DSE) ile, sonraki öğretim yılı için 1 Mart–31 Mayıs arasında istenir.',
        notMet:
          'Crous bursu 28 yaşından küçük öğrenciler içindir (tanınmış bir engel varsa yaş sınırı yoktur).',
      },
    },
    cir: {
      newcomer: {
        met: 'Fransa’ya ilk oturma izninizle yakın zamanda geldiniz ({who}): OFII sizi cumhuriyet entegrasyon sözleşmesi (contrat d’intégration républicaine) için karşılar; ücretsiz Fransızca dersleri, ücretsiz yurttaşlık eğitimi ve iş için bir değerlendirme vardır.',
        notMet:
          'CIR, Fransa’ya yerleşmek için ilk oturma iznini alan Avrupa Birliği dışından kişiler içindir.',
        unknown: 'Ne zamandan beri oturma izniniz olduğunu bilmemiz gerekir.',
      },
    },
    cmg: {
      activity: {
        met: 'Çalışıyorsunuz (veya okuyorsunuz, veya bir entegrasyon planıyla AAH, ASS ya da RSA alıyorsunuz): bir çocuk bakıcısı (assistante maternelle) veya evde bakıcı çalıştırıyorsanız CMG mümkündür.',
        notMet:
          'CMG için tek ebeveynin veya iki ebeveynin çalışması (veya okuması, veya bir entegrasyon planıyla AAH, ASS ya da RSA alması) gerekir.',
        unknown: 'Çalışma durumu eksik ({who}).',
      },
      calculation: {
        met: '1 Eylül 2025’ten beri CMG, kreşteki bir yer gibi hesaplanır: bakım maliyeti × (1 − aylık gelir × katkı oranı ÷ referans saatlik maliyet). Bakım saatlerine, saatlik ücrete, gelirinize ve çocuk sayısına bağlıdır: hesabı CAF yapar, biz tahmin etmiyoruz.',
      },
      child: {
        met: '6 yaşından küçük çocuk ({who}).',
        notMet: 'CMG, 6 yaşından küçük bir çocuğun bakımı içindir.',
      },
    },
    complementaire_sante_senior: {
      age: {
        met: 'Yaş ({who}): {age} yaş.',
        notMet: 'Bu yerel yardım özellikle 65 yaş ve üstü kişiler içindir.',
      },
      css: {
        met: 'Dayanışma tamamlayıcı sağlık sigortası (complémentaire santé solidaire) size açık görünmüyor: birçok belediye («mutuelle communale»), il veya emeklilik sandığı tamamlayıcı sigortanın ödenmesine yardım eder. Oturduğunuz yerde ne olduğunu CCAS’a sorun.',
        notMet: 'Complémentaire santé solidaire sizi daha iyi korur: önce onu isteyin.',
      },
    },
    conge_naissance: {
      birth: {
        met: 'Beklenen doğum veya 1 Ocak 2026’dan beri doğmuş çocuk ({who}).',
        notMet:
          'Doğum izni (congé de naissance) yakın zamanda olan bir doğum veya evlat edinmeden (1 Ocak 2026’dan beri) sonra gelir.',
      },
      exists: {
        notMet: 'Ek doğum izni, 1 Ocak 2026’dan itibaren doğan veya evlat edinilen çocuklar içindir.',
      },
      worker: {
        met: 'Çalışıyorsunuz ({who}): her ebeveyn annelik veya babalık izninden sonra birlikte ya da sırayla 1 veya 2 ay alabilir. 1. ay net maaşın yaklaşık %70’i, 2. ay %60’ı ödenir (bir sınır içinde): hesabı sandık yapar.',
        notMet: 'Doğum izni çalışan ebeveynler içindir.',
        unknown: 'Çalışma durumu eksik ({who}).',
      },
    },
    dalo: {
      housing: {
        met: '{situation}: öncelikli olarak konut veya barınak almak için ilinizdeki DALO arabuluculuk komisyonuna başvurabilirsiniz (devam eden bir sosyal konut başvurusuyla).',
        notMet:
          'DALO (konut hakkı) özellikle konutsuz, başkasının yanında kalan, yurtta kalan, tahliye tehdidi altında olan, sağlıksız bir konutta yaşayan veya çok uzun süredir sosyal konut bekleyen kişiler içindir.',
        unknown: 'Nerede oturduğunuzu bilmiyoruz.',
      },
    },
    demande_retraite: {
      age: {
        met: 'Yaş ({who}): {age} yaş, belirtilmiş emekli aylığı yok: yasal emeklilik yaşı doğum yılına göre 62 ile 64 arasıdır. Emekli aylığı başvuru olmadan asla ödenmez: seçtiğiniz tarihten 6 ay önce başvurun.',
        notMet: 'Hanede emeklilik yaşına yaklaşıp aylık almayan kimse yok.',
      },
    },
    domiciliation: {
      address: {
        met: 'Sabit bir konutunuz yoksa belediyenizin CCAS’ı (veya onaylı bir dernek) size ücretsiz bir adres (domiciliation) vermek zorundadır: bu adresle posta alabilir ve yardımlara (RSA, CSS, CAF, belgeler) başvurabilirsiniz.',
        notMet: 'Sabit bir adresiniz var: domiciliation gerekmez.',
        unknown: 'Nerede oturduğunuzu bilmiyoruz.',
      },
    },
    garantie_visale: {
      housing: rental,
      who: {
        met: '{reason}: işverenlerin konut kuruluşu ücretsiz olarak kefiliniz olur ve kira ödenmezse ev sahibine öder (sonra bir ödeme planıyla geri ödersiniz). Kira sözleşmesini imzalamadan önce visale.fr’de vizeyi (visa) isteyin.',
        notMet:
          'Visale 18-30 yaş arası kişiler içindir; 30 yaşından sonra ise yeni işe başlayan veya az kazanan ücretliler (ve bir derneğin barındırdığı haneler) içindir.',
        unknown: 'Visale yaşa ve işe bağlıdır: doğum tarihi eksik.',
      },
    },
    mva: {
      aah80: {
        met: 'En az %80 engellilik oranıyla AAH ({who}).',
        notMet: 'MVA, engellilik oranı en az %80 olan kişilerin AAH’sine eklenir.',
      },
      housing: {
        met: 'Kendi konutunuz ve konut yardımınız var.',
        notMet: 'MVA için kendi konutunuzun olması ve konut yardımı almanız gerekir.',
        unknown: 'Kendi konutunuz için konut yardımı alıp almadığınızı bilmemiz gerekir.',
      },
      no_work: {
        met: 'İş geliriniz yok: aylık {value} MVA.',
        notMet: 'İş geliri varsa MVA ödenmez.',
      },
    },
    point_conseil_budget: {
      modest: {
        met: 'Geliriniz düşük: bir Point conseil budget bütçenizi yapmanıza, bankanızla konuşmanıza ve gerekirse Banque de France’a aşırı borçluluk dosyası (dossier de surendettement) vermenize ücretsiz yardım eder.',
        notMet:
          'Cevaplarınıza göre geliriniz düşük değil; Point conseil budget zorluk durumunda herkese açıktır.',
      },
    },
    prepare: {
      child: {
        met: '3 yaşından küçük çocuk ({who}).',
        notMet: 'PreParE, 3 yaşından küçük bir çocuk için işini bırakan veya azaltan ebeveyn içindir.',
      },
      contributions: {
        met: 'En az 8 çeyrek yıl emeklilik primi gerekir (ilk çocuk için 2 yıl, ikinci için 4 yıl, sonrakiler için 5 yıl içinde): bunu CAF kontrol eder.',
      },
      leave: {
        met: 'Ebeveyn izni ({who}): çalışmayı bıraktıysanız aylık {value} tam oranlı PreParE (yarı zamanlı çalışıyorsanız daha az).',
        notMet:
          'Kimse ebeveyn izninde olduğunu belirtmedi: bir ebeveyn işini bırakır veya azaltırsa PreParE yardım edebilir.',
      },
      one_child: {
        met: 'Tek çocuk için her ebeveyn bu yardımı 6 ay, çocuğun ilk doğum gününe kadar alabilir.',
      },
    },
    prime_naissance: {
      ceiling: {
        met: 'Geliriniz ({rfr}) tavanın altında ({ceiling}; doğacak olanla birlikte çocuk sayısı: {n}): %0,5 CRDS sonrası {value} prim.',
        notMet: 'Geliriniz ({rfr}) tavanı aşıyor ({ceiling}; doğacak olanla birlikte çocuk sayısı: {n}).',
      },
      expecting: {
        met: 'Devam eden bir gebelik var: prim bir kez, gebeliğin 7. ayında ödenir.',
        notMet: 'Doğum primi gebelik sırasında istenir.',
      },
      newborn: {
        met: 'Sizinle bir yaşından küçük bir çocuk yaşıyor: prim ödenmediyse hâlâ istenebilir (en fazla 2 yıl).',
      },
    },
    prime_noel: {
      amount: {
        met: 'Haneniz için tutar: {value} ({persons}), her yıl kararnameyle belirlenir (tek kişi için 152,45 €). Bir kez, aralıkta ödenir: aylık bir gelir değildir.',
      },
      mayotte: {
        met: 'Mayotte’ta tutarlar farklıdır (yaklaşık yarısı): bunları hesaplamıyoruz.',
      },
      minimum: {
        met: '{which} alıyorsunuz (veya alabilirsiniz): Noel primi (prime de Noël) aralık ortasında, hiçbir işlem yapmadan, kasım veya aralıkta hak sahibi olanlara ödenir.',
        notMet: 'Noel primi, kasım veya aralıkta RSA, ASS veya AER alan kişiler içindir.',
      },
    },
    rqth: {
      disability: {
        met: 'Engel veya sağlık sorunu ({who}): RQTH (engelli çalışan olarak tanınma) Cap emploi’ye, iş yerinde düzenlemelere, şirketlerin engelli çalıştırma yükümlülüğüne ve eğitimlere erişim sağlar.',
        notMet: 'RQTH, engeli veya sağlığı çalışmasını zorlaştıran 16 yaş ve üstü kişiler içindir.',
      },
    },
    tarif_social_cantine: {
      modest: {
        met: 'Geliriniz düşük: belediyeden (mairie) en düşük ücreti isteyin.',
        notMet: 'Geliriniz olağan sosyal ücretlerin üstünde görünüyor (kurallar yereldir).',
      },
      pupil: {
        met: 'Anaokulunda veya ilkokulda çocuk ({who}): birçok belediyede ücret aile katsayısına (quotient familial) göredir, bazen yemek başına 1 € (devlet desteğiyle).',
        notMet: 'Okul yemekhanesinin sosyal ücreti, okula giden yaklaşık 3-11 yaş arası çocuklar içindir.',
      },
    },
    common: {
      receiving: {
        met: 'Bu yardımı zaten aldığınızı belirttiniz.',
        notMet: 'Bu yardımı aldığınızı belirtmediniz.',
      },
      incomes: {
        met: 'Gelirler biliniyor ({who}).',
        notMet: 'Gelirler eksik ({who}).',
        unknown: 'Gelirleri bilmiyoruz ({who}): sonucun doğrulanması gerekiyor.',
      },
      birth_date: {
        met: 'Doğum tarihi biliniyor ({who}).',
        notMet: 'Doğum tarihi eksik ({who}).',
        unknown: 'Doğum tarihi eksik ({who}).',
      },
      rfr: {
        met: 'Hesaba katılan vergi referans geliri: {value} (vergi bildirimi, N-2 yılının gelirleri).',
        notMet: 'Vergi referans geliri bilinmiyor.',
      },
      rfr_estimate: {
        met: 'Vergi referans gelirinizi belirtmediniz: şu anki gelirlerinizden yola çıkarak {value} olarak tahmin ettik (yasa N-2 yılının gelirlerini esas alır). Bu bir tahmindir.',
        notMet: 'Vergi referans geliri bilinmiyor.',
      },
      partner: {
        met: 'Eşiniz hakkında bilgi var.',
        notMet: 'Eşiniz hakkında bilgi yok.',
        unknown: 'Bir eşle yaşıyorsunuz ama eşiniz hakkında bilgi yok: onun gelirleri eksik.',
      },
      nationality: {
        met: 'Uyruk biliniyor.',
        notMet: 'Uyruk bilinmiyor.',
        unknown: 'Uyruk eksik ({who}): Fransız, Avrupa Birliği ya da başka. Hakkı değiştirebilir.',
      },
      residence: {
        met: 'Oturma durumunuz bu yardıma izin veriyor.',
        notMet:
          'Bu yardım, Avrupa Birliği dışından gelenler için en az {years} yıllık oturma izni ister; siz {have} yıl belirttiniz.',
        unknown: 'Avrupa Birliği dışından bir kişi için kaç yıldır oturma izni olduğunu bilmek gerekir.',
      },
    },
    af: {
      children: {
        met: '20 yaşından küçük, bakmakla yükümlü olduğunuz {n} var.',
        notMet:
          'Bakmakla yükümlü olduğunuz, 20 yaşından küçük en az 2 çocuk gerekir; sizin {count} çocuğunuz var.',
      },
      overseas_one_child: {
        met: 'Denizaşırı bölgelerde (Mayotte hariç), aile ödenekleri ilk çocuktan itibaren verilir.',
        unknown: 'Mayotte’ta aile ödenekleri ilk çocuktan itibaren verilir: tutar burada hesaplanmıyor.',
      },
      age_supplement: {
        met: '{n} için yaş artışı (14 yaş ve üstü; 1 Mart 2026’dan itibaren 14 yaşına giren çocuklar için 18 yaş).',
      },
      forfait_20: { met: '20 yaşındaki {n} için götürü ödenek (en az 3 çocuklu aile).' },
      modulation: {
        met: 'Gelirleriniz ({rfr}) birinci tavanın ({t1}) altında: tam tutar.',
        notMet: 'Gelirleriniz ({rfr}) {limit} tutarını aşıyor: tutar {div} ile bölünür.',
      },
      degressive: {
        met: 'Geliriniz bu tavanı bir yıllık ödeneğin altında bir tutarla aşıyor: ayda {value} tutarında azalan bir ek ödeme eklenir.',
      },
      crds,
    },
    cf: {
      children: {
        met: '3 ile 21 yaş arası, bakmakla yükümlü olduğunuz {n} var.',
        notMet:
          'Bakmakla yükümlü olduğunuz, 3 ile 21 yaş arası en az 3 çocuk gerekir; sizin {count} çocuğunuz var.',
      },
      no_child_under_3: {
        met: '3 yaşından küçük çocuk yok.',
        notMet: 'Bir çocuk 3 yaşından küçük: bunun yerine PAJE uygulanır.',
      },
      ceiling,
      majore: {
        met: 'Gelirleriniz {limit} tutarının altında: artırılmış aile ek ödeneği.',
        notMet: 'Gelirleriniz {limit} tutarını aşıyor: temel oranda aile ek ödeneği.',
      },
      differential: { met: 'Gelirleriniz tavanı biraz aşıyor: azaltılmış (fark) aile ek ödeneği ödenir.' },
      two_incomes: {
        met: 'Artırılmış tavan: yalnız ebeveyn ya da iki çalışma geliri olan çift (şu anki gelirlerinize göre).',
        notMet: 'Temel tavan: tek çalışma geliri olan çift.',
      },
      crds,
    },
    paje_base: {
      young_child: {
        met: '3 yaşından küçük bir çocuğunuz var.',
        notMet: '3 yaşından küçük bir çocuk gerekir.',
      },
      old_scale: { met: 'Nisan 2018’den önce başka bir tarife uygulanıyordu: tutar burada hesaplanmıyor.' },
      pregnancy: { met: 'Devam eden bir hamilelik var: temel ödenek doğumdan sonra ödenebilir.' },
      ceiling: {
        met: 'Gelirleriniz ({rfr}) {rate} oran tavanının ({ceiling}) altında.',
        notMet: 'Gelirleriniz ({rfr}) kısmi oran tavanını ({ceiling}) aşıyor.',
      },
      crds,
    },
    asf: {
      alone: {
        met: 'Çocuklarınızı tek başınıza büyütüyorsunuz.',
        notMet: 'ASF, yalnız yaşayan ebeveyne ayrılmıştır (eş, partner ya da PACS olmadan).',
      },
      children: {
        met: '20 yaşından küçük {n} var.',
        notMet: 'Bakmakla yükümlü olduğunuz 20 yaşından küçük bir çocuk gerekir.',
      },
      other_parent: {
        met: '{n}: diğer ebeveynden hiç (ya da neredeyse hiç) nafaka gelmiyor.',
        notMet: 'Diğer ebeveyn her çocuk için en az ASF kadar nafaka ödüyor.',
        unknown: '{who} için diğer ebeveynin nafaka ödeyip ödemediğini bilmek gerekir.',
      },
      differential: { met: 'Alınan nafaka ({pension}) düşülür: fark ASF.' },
      crds,
    },
    ars: {
      children: {
        met: '{n}: {year} öğretim yılında ARS yaşında (yıl sonundan önce 6 yaş, 15 Eylül’de 18 yaşından küçük).',
        notMet: '{year} öğretim yılında ARS yaşında (6 ile 18 yaş arası) çocuk yok.',
      },
      school: {
        met: '16 yaş ve üstü çocuklar okula ya da çıraklığa devam ediyor.',
        notMet: '16 yaş ya da üstü bir çocuk okula gitmiyor: ARS hakkı vermez.',
        unknown: '{who} (16 yaş ya da üstü) hâlâ okula gidiyor mu, bilmek gerekir.',
      },
      ceiling,
      differential: {
        met: 'Gelirleriniz tavanı biraz aşıyor: azaltılmış (fark) ARS ödenir.',
        notMet: 'Fark ARS, ödenen en düşük tutarın ({min}) altında kalırdı.',
      },
      crds,
    },
    aah: {
      rate: {
        met: 'Engellilik oranı ({who}): %{rate}{extra}.',
        notMet:
          'AAH, en az %80 engellilik oranı ya da MDPH’nin tanıdığı işe erişimde kalıcı kısıtlamayla (RSDAE) %50–79 oranı ister.',
        unknown:
          '%50–79 oranıyla, MDPH’nin tanıdığı işe erişimde ciddi ve kalıcı bir kısıtlama (RSDAE) gerekir.',
      },
      no_rate: { notMet: 'MDPH tarafından tanınmış bir engellilik oranı belirtilmedi.' },
      age: {
        met: 'Yaş ({who}): {age}, en az 20.',
        notMet:
          'AAH 20 yaşında başlar (çocuk artık bakmakla yükümlü olunan biri değilse 16); %50–79 oranıyla yasal emeklilik yaşında ({max}) durur.',
        unknown: 'Doğum tarihi eksik ({who}).',
      },
      couple_rfr: {
        met: 'Hesaba katılan çift gelirleri: eşin gelirlerindeki indirimden sonra {value} vergi referans geliri (N-2 yılı).',
        unknown: 'Bu ay için AAH, çiftin N-2 yılı gelirlerine bağlıdır: vergi referans gelirini belirtin.',
      },
      partner_income: {
        met: 'Ekim 2023’ten beri eşin gelirleri AAH için sayılmıyor.',
        notMet: 'Bu ay için eşin gelirleri AAH için hâlâ sayılıyor (Ekim 2023’ten önce).',
      },
      amount: {
        met: 'Hesaba katılan gelir: yılda {resources}; tavan {ceiling}: ayda {value} AAH.',
        notMet: 'Gelirleriniz (yılda {resources}) tavanı ({ceiling}) aşıyor.',
      },
    },
    aspa: {
      age: {
        met: 'Yaş ({who}): {age}{extra}.',
        notMet:
          'ASPA, 65 yaşında olmayı (ya da çalışamama veya engellilik durumunda yasal emeklilik yaşını) ister.',
        unknown: 'Doğum tarihi eksik ({who}).',
      },
      amount: {
        met: 'Hesaba katılan gelir: yılda {resources}, tavan {ceiling}: ayda {value} ASPA.',
        notMet: 'Gelirleriniz (yılda {resources}) tavanı ({ceiling}) aşıyor.',
      },
      approx: {
        met: 'Çalışma gelirleri ancak ayda {allowance} tutarının üstünde sayılır (burada brüt aylık asgari ücrete göre hesaplanan götürü indirim).',
      },
    },
    ass: {
      mayotte: { met: 'Mayotte’da ASS’nin kendi tutarı vardır: günde {day}.' },
      unemployed: { met: 'İş arıyor ({who}).', notMet: 'ASS iş arayanlar içindir.' },
      exhausted: {
        met: 'İşsizlik hakları bitti.',
        notMet: 'ASS, işsizlik hakları (ARE) bittikten sonra gelir.',
        unknown: 'İşsizlik haklarının (ARE) bitip bitmediğini bilmek gerekir.',
      },
      worked: {
        met: 'Son 10 yılda en az 5 yıl çalıştınız.',
        notMet: 'ASS, sözleşmenin bitiminden önceki 10 yılda 5 yıl çalışmış olmayı ister.',
        unknown: 'Son 10 yılda 5 yıl çalışıp çalışmadığınızı bilmek gerekir.',
      },
      amount: {
        met: 'Hane geliri: ayda {resources}, tavan {ceiling}: ayda {value} ASS.',
        notMet: 'Hane geliri (ayda {resources}) tavanı ({ceiling}) aşıyor ya da ASS bir günden az olurdu.',
      },
    },
    aide_logement: {
      overseas_scale: {
        met: 'Denizaşırı tarife (2. bölge).',
      },
      overseas_r0: {
        met: 'Bakmakla yükümlü olunan bir kişi için denizaşırı indirim: bildiğimiz en sonuncusu {year} yılına ait ({r0}), CAF ile doğrulanmalı.',
      },
      scale: {
        met: '{next} tarifesi henüz verilerimizde yok: {from} tarifesini kullanıyoruz.',
      },
      deduction: {
        met: 'Maaşlar, işsizlik ödeneği, günlük tazminatlar ve emekli aylıkları, vergideki %10 indirimden sonra hesaba katılır.',
      },
      estimate: {
        met: 'Yalnızca yaklaşık bir fikir: dikkate alınan kira {rent} (tavan {ceiling}), 12 aylık gelir {resources}, düşülen {minus} ve %0,5 CRDS. Kesin tutarı yalnızca CAF hesaplar.',
        notMet: 'Bu hesaba göre geliriniz çok yüksek: yardım, ödenen en düşük tutarın ({min}) altında kalır.',
      },
      minimum: {
        notMet:
          'Belediyenizin bölgesine göre yardım {low} ile {high} arasında olur; {min} altındaysa ödenmez.',
      },
      neutralised: {
        met: 'RSA aldığınızda maaşlarınız ve işsizlik ödeneğiniz hesaba katılmaz.',
      },
      overseas: {
        notMet: 'Denizaşırı bölgelerde konut yardımının kendi tarifesi vardır.',
        unknown: 'Denizaşırı bölgelerde konut yardımının kendi tarifesi vardır: tutar burada hesaplanmaz.',
      },
      sharing: {
        met: 'Ortak ev veya oda: kira tavanı daha düşüktür.',
      },
      rls: {
        met: 'Sosyal konut (HLM): gelirinizle kiranız ayda {rls} azalır (réduction de loyer de solidarité) ve yardım {cut} azalır (bu tutarın %98’i); bu burada hesaba katıldı.',
      },
      rls_over: {
        met: 'Sosyal konut (HLM): geliriniz réduction de loyer de solidarité tavanının üzerinde; kiranız ve yardım azalmaz.',
      },
      student: {
        met: '28 yaşından küçük öğrenci: yıllık {value} götürü gelir (burs alıyorsanız {less} daha az).',
      },
      tenant: {
        met: 'Kiracısınız (ya da bir yurtta kalıyorsunuz) ve kira ödüyorsunuz.',
        notMet:
          'Konut yardımı kiracılar (ya da yurtta kalanlar) içindir; 2018’den beri imzalanan krediler neredeyse hiç hak vermiyor.',
        unknown: housingUnknown,
      },
      rent: {
        met: 'Belirtilen kira: ayda {rent}.',
        notMet: 'Kira belirtilmedi.',
        unknown: 'Kira tutarı eksik.',
      },
      zone: { met: 'Bölgenize (département) göre {zone}. alan esas alındı: tam alan belediyeye bağlıdır.' },
      zone_commune: { met: 'Belediyeniz konut yardımı için {zone}. alanda.' },
      before_2021: {
        met: '2021’den önce yardım N-2 yılının gelirlerine göre hesaplanıyordu; büyüklük sırası şu anki gelirlerinizi kullanıyor.',
      },
    },
    rsa: {
      source_months: {
        met: 'Dikkate alınan hane geliri: ayda {value} (belirttiğiniz gelirler). {month} için {who} {from} ile {to} arasındaki gelirleri dikkate alır (kaynağında bildirilen gelirler): maaşlar, işsizlik ödeneği, emekli aylıkları ve günlük tazminatlar önceden doldurulur; nafakayı, serbest çalışma gelirlerini, yurt dışı gelirlerini ve sermaye gelirlerini kendiniz beyan edersiniz.',
      },
      to_declare: {
        met: 'Belirttiğiniz gelirler ({list}): bunları kendiniz beyan etmelisiniz.',
      },
      child_resources: childResources,
      age: {
        met: 'Yaş: {age}, bu RSA’ya izin veriyor.',
        notMet:
          'RSA, 25 yaşında olmayı ya da bakmakla yükümlü bir çocukla veya hamilelikle 18 yaşında olmayı ister. (Çok çalışmış 18–24 yaş arası gençler için “genç çalışan RSA’sı” vardır.)',
        unknown: 'Yaşı kontrol etmek için doğum tarihi eksik (25 yaş ya da çocukla daha az).',
      },
      student: {
        met: 'Öğrenci değilsiniz.',
        notMet: 'Öğrenciler, istisnalar dışında RSA alamaz (CAF’a sorun).',
      },
      housing,
      forfait_logement: forfait,
      benefits,
      resources,
      amount: {
        met: 'Haneniz için {base} götürü tutar, eksi gelirleriniz: ayda {value}.',
        notMet: 'Gelirleriniz ({resources}) haneniz için RSA götürü tutarını ({base}) aşıyor.',
      },
      majoration: {
        met: '3 yaşından küçük çocuğu olan ya da hamile yalnız ebeveyn: tutar artırılır (artırılmış RSA).',
        notMet: '12 aydan kısa süredir yalnız ebeveyn misiniz? RSA artırılabilir: CAF’a sorun.',
      },
      minimum: { notMet: 'Hesaplanan tutar ({value}) ödenen en düşük tutarın ({min}) altında: RSA ödenmez.' },
    },
    ppa: {
      source_months: {
        met: 'Dikkate alınan hane geliri: ayda {value} (belirttiğiniz gelirler). {month} için {who} {from} ile {to} arasındaki gelirleri dikkate alır (kaynağında bildirilen gelirler): maaşlar, işsizlik ödeneği, emekli aylıkları ve günlük tazminatlar önceden doldurulur; nafakayı, serbest çalışma gelirlerini, yurt dışı gelirlerini ve sermaye gelirlerini kendiniz beyan edersiniz.',
      },
      to_declare: {
        met: 'Belirttiğiniz gelirler ({list}): bunları kendiniz beyan etmelisiniz.',
      },
      child_resources: childResources,
      age: {
        met: '18 yaşında ya da daha büyüksünüz.',
        notMet: 'Çalışma primi 18 yaşında ya da daha büyük olmayı ister.',
        unknown: 'Yaşı (18) kontrol etmek için doğum tarihi eksik.',
      },
      activity: {
        met: 'Hanenin çalışma gelirleri: ayda {value}.',
        notMet: 'Çalışma primi, çalışma gelirleri (maaş ya da serbest çalışma) ister.',
      },
      apprentice: {
        met: 'Öğrenci ya da çırak ({who}): {value} çalışma geliri, ayda en az {floor}, sayılıyor.',
        notMet:
          'Öğrenci ya da çırak ({who}): {value} çalışma geliri, ayda {floor} eşiğinin altında, prime hak vermiyor.',
      },
      activity_counted: { notMet: 'Hanede prime hak veren çalışma geliri yok.' },
      aah_activity: { met: 'AAH çalışma geliri sayılır, çünkü onu alan kişi çalışıyor ({who}).' },
      bonus: { met: 'Çalışma gelirleri için {value} bireysel ek ({who}).' },
      housing,
      forfait_logement: forfait,
      benefits,
      resources,
      amount: {
        met: 'Hesaplanan prim: ayda {value}.',
        notMet: 'Gelirleriniz çok yüksek: hesaplanan prim sıfır.',
      },
      minimum: {
        notMet: 'Hesaplanan tutar ({value}) ödenen en düşük tutarın ({min}) altında: prim ödenmez.',
      },
    },
    css: {
      parents: {
        notMet: '25 yaşından küçüksünüz ve anne babanızla yaşıyorsunuz.',
        unknown:
          '25 yaşından küçük ve anne babanızla yaşıyorsanız onların hanesine dahilsiniz (Sosyal Güvenlik Kanunu, madde R861-2): onların geliri hesaba katılır.',
      },
      covered: {
        met: 'Sağlık sigortası (PUMa) kapsamındasınız.',
        notMet: 'Yasal oturma olmadan devletin sağlık yardımı (AME) uygulanır.',
      },
      rsa: { met: 'RSA ile Complémentaire santé solidaire ücretsizdir.' },
      resources: {
        met: 'Son 12 ayın geliri {resources} olarak tahmin edildi: tavanın {which} ({ceiling}) altında.',
        notMet: 'Son 12 ayın geliri {resources} olarak tahmin edildi: tavanın ({ceiling}) üstünde.',
      },
      forfait: { met: 'Gelire yılda {value} konut götürü tutarı ekleniyor.' },
      participation: { met: 'Katkı payı: hane için ayda {value}, herkesin yaşına göre.' },
      before_css: {
        met: 'Kasım 2019’dan önce tamamlayıcı CMU (ücretsiz) ve tamamlayıcı sağlık sigortası yardımı (ACS) vardı.',
      },
      annual: { met: 'Tahmin: son 12 ayın geliri şu anki aylık gelirlerinizden tahmin ediliyor.' },
    },
    cheque_energie: {
      housing: {
        met: 'Kendi konutunuz var (kiracı, ev sahibi ya da yurtta).',
        notMet: 'Enerji çeki kendi konutunuz olmasını ister (ücretsiz kalmıyor olmanız).',
        unknown: housingUnknown,
      },
      ceiling: {
        met: 'Tüketim birimi başına vergi referans geliri ({uc} birim): {perUc}, {limit} tutarının altında.',
        notMet:
          'Tüketim birimi başına vergi referans geliri ({uc} birim): {perUc}, {limit} tutarının üstünde.',
      },
      declared: { met: 'Gelirlerinizi, sıfır bile olsa, vergi dairesine bildirmiş olmanız gerekir.' },
    },
    bourse_college: {
      pupil: {
        met: '{n}: ortaokulda (collège).',
        notMet: 'Ortaokulda (collège) çocuk yok.',
        unknown: 'Yaşına göre {who} ortaokulda olabilir: sınıfını belirtin.',
      },
      ceiling: bourseCeiling,
      amount_note: amountNote,
    },
    bourse_lycee: {
      pupil: {
        met: '{n}: lisede (lycée).',
        notMet: 'Lisede (lycée) çocuk yok.',
        unknown: 'Yaşına göre {who} lisede olabilir: sınıfını belirtin.',
      },
      ceiling: bourseCeiling,
      amount_note: amountNote,
    },
    ame: {
      stay: {
        met: 'Yabancı uyruklusunuz ve oturma izniniz yok.',
        notMet: 'AME, oturma izni olmayan yabancılara ayrılmıştır; diğerleri sağlık sigortası kapsamındadır.',
        unknown: 'Avrupa Birliği dışından bir kişi için oturma izni olup olmadığını bilmek gerekir.',
      },
      resources: {
        met: 'Gelirleriniz (yılda {resources}) tavanın ({ceiling}) altında.',
        notMet: 'Gelirleriniz (yılda {resources}) tavanı ({ceiling}) aşıyor.',
      },
    },
    puma: {
      stay: {
        met: 'Fransa’da yasal olarak oturuyorsunuz: sağlık sigortası tedavi giderlerinizi karşılar.',
        notMet: 'Oturma izni olmadan AME uygulanır.',
        unknown: 'Oturma izniniz olup olmadığını bilmek gerekir.',
      },
    },
    aeeh: {
      child: {
        met: '20 yaşından küçük çocuk ({who}), engellilik oranı %{rate}.',
        notMet:
          'AEEH, MDPH’nin belirlediği en az %50 engellilik oranı olan 20 yaşından küçük bir çocuk içindir.',
      },
      rate50: {
        met: '%50 ile %79 arasında AEEH, bakıma ya da uzmanlaşmış kuruma da bağlıdır: MDPH karar verir.',
      },
    },
    pch: {
      disability: {
        met: 'Tanınmış engellilik ({who}): PCH, MDPH’nin değerlendirdiği günlük yaşamdaki zorluklara bağlıdır.',
        notMet: 'PCH, engellilik nedeniyle ciddi zorlukları olan kişiler içindir.',
      },
    },
    apa: {
      age: { met: 'Yaş ({who}): {age}, 60 ya da üstü.', notMet: 'APA, 60 yaş ve üstü kişiler içindir.' },
      autonomy: {
        met: 'Bağımsızlık kaybı olabilir (belirtilen engellilik ya da çalışamama): il (département) bunu değerlendirir.',
        notMet:
          'Bağımsızlık kaybını gösteren bir şey yok; günlük yaşamda yardıma ihtiyacınız varsa APA isteyin.',
      },
    },
    cmi: {
      rate: {
        met: 'Engellilik oranı ({who}): %{rate}: MDPH’nin kararına göre “malullük” kartı (%80 ya da üstü) ya da “öncelik” kartı.',
        notMet: 'CMI, MDPH tarafından tanınmış bir engellilik ister.',
      },
    },
    fsl: {
      housing: {
        met: 'Konut durumunuz FSL kapsamına girebilir (giriş, konutta kalma, enerji, su).',
        notMet: 'FSL kiracılara, konut arayanlara ve ödenmemiş enerji faturaları olanlara yardım eder.',
        unknown: housingUnknown,
      },
      resources: {
        met: 'Gelirleriniz mütevazı: FSL tavanlarını her il (département) belirler.',
        notMet: 'Gelirleriniz FSL’nin alışılmış tavanlarının üstünde görünüyor (her il belirler).',
      },
    },
    logement_social: {
      plai: {
        met: 'Çok sosyal konutlar (PLAI) önce en düşük gelirlilere verilir: hak kazanıp kazanmadığınızı sorun.',
      },
      ceilings: {
        met: 'Referans vergi geliri {rfr}: en yaygın sosyal konutların tavanının altında (PLUS, haneniz için {plus}, {zone}).',
        notMet:
          'Referans vergi geliri {rfr}: sosyal konutların en yüksek tavanının üstünde (PLS, haneniz için {pls}, {zone}).',
      },
      pls: {
        met: 'Referans vergi geliri {rfr}: PLUS tavanının ({plus}) üstünde ama sayısı daha az olan PLS konutlarının tavanının ({pls}) altında.',
      },
      zone_guess: {
        met: 'Paris’in yakın banliyösü: Paris ve komşu belediyelerin tavanı (başka yerlerde daha düşük).',
      },
      housing: {
        met: 'Henüz sosyal konut kiracısı ya da ev sahibi değilsiniz.',
        notMet: 'Zaten sosyal konut kiracısı ya da ev sahibisiniz (konut değişikliği başvurusu hâlâ mümkün).',
        unknown: housingUnknown,
      },
    },
    cej: {
      allowance: {
        met: 'Vergi hanesi (sizinki ya da anne babanızınki) gelir vergisi ödemiyorsa ayda {max} tutarına kadar; biraz ödüyorsa veya maaşla daha az.',
        unknown:
          'Vergi hanesi (sizinki ya da anne babanızınki) gelir vergisi ödemiyorsa ayda {max} tutarına kadar; biraz ödüyorsa veya maaşla daha az.',
      },
      age: {
        met: 'Yaş ({who}): {age}, 16 ile 25 arası (tanınmış engellilikle 29).',
        notMet: 'CEJ, 16–25 yaş arası gençler içindir (tanınmış engellilikle 29).',
        unknown: 'Doğum tarihi eksik.',
      },
      activity: {
        met: 'İş yok, okul yok, eğitim yok ({who}).',
        notMet: 'CEJ, işi ya da eğitimi olmayan gençler içindir.',
        unknown: 'Kişinin ({who}) çalışıp çalışmadığını ya da okuyup okumadığını bilmek gerekir.',
      },
    },
    inscription_france_travail: {
      seeking: {
        met: 'İş arama ya da RSA hakkı ({who}): France Travail’e kayıt faydalıdır (RSA ile zorunludur).',
        notMet: 'Hanede iş aradığını belirten kimse yok.',
      },
      registered: { met: 'İşsizlik ödeneği alınıyor ({who}): kayıt muhtemelen zaten yapıldı.' },
    },
    mission_locale: {
      age: {
        met: 'Yaş ({who}): {age}; mission locale okulu bırakmış 16–25 yaş arası gençlere destek olur.',
        notMet: 'Mission locale okulu bırakmış 16–25 yaş arası gençlere destek olur.',
      },
    },
    pass_sport: {
      exists: { notMet: 'Pass’Sport, 2021 öğretim yılında oluşturuldu.' },
      young: {
        met: 'Yaş ({who}): {age}, hanede ARS, AEEH ya da AAH ile.',
        notMet:
          'Pass’Sport; ailesi ARS alan {min}–17 yaş arası gençler, AEEH ile 6–19 yaş arası ve AAH ile 16–30 yaş arası gençler içindir.',
      },
    },
    tarif_social_transport: {
      modest: {
        met: 'Gelirleriniz ya da yardımlarınız (RSA, CSS, AAH…) çoğu zaman sosyal tarife hak verir: kurallar yereldir.',
        notMet:
          'Yanıtlarınıza göre gelirleriniz alışılmış sosyal tarifelerin üstünde görünüyor (kurallar yereldir).',
      },
    },
    aide_juridictionnelle: {
      modest: {
        met: 'Bir avukata ihtiyacınız varsa ya da mahkemeye gitmeniz gerekiyorsa, gelirleriniz adli yardıma hak verebilir (RSA ya da ASPA ile, gelir incelenmeden verilir).',
        notMet:
          'Gelirleriniz adli yardım için yüksek görünüyor; vergi referans gelirine göre kısmi yardım hâlâ mümkün.',
      },
    },
    mediation_numerique: {
      steps: {
        met: 'Birçok yardım internetten istenir: yakınınızda ücretsiz destek var.',
        notMet: 'Yanıtlarınıza göre yapılacak bir işlem yok.',
      },
    },
  },
};

export default tr;
