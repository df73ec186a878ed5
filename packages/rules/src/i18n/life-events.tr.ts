// Turkish names of the life events of the start screen (flow/life-events.ts). Awaiting review by a native speaker.
import type { LifeEventsTable } from './types.js';

const tr: LifeEventsTable = {
  review: 'awaiting-review',
  events: {
    naissance: { label: 'Bebek bekliyorum ya da bebeğim oldu', hint: 'Hamilelik, doğum ya da evlat edinme.' },
    separation: {
      label: 'Ayrılıyorum ya da yeni ayrıldım',
      hint: 'Boşanma, PACS’ın ya da birlikte yaşamın sona ermesi.',
    },
    perte_emploi: {
      label: 'İşimi kaybettim',
      hint: 'Sözleşmenin bitmesi, işten çıkarılma, anlaşmalı ayrılık, geçici işin bitmesi.',
    },
    retraite: {
      label: 'Emekli oluyorum ya da emekliyim',
      hint: 'Emeklilik başvurusu, düşük emekli maaşıyla yaşamak.',
    },
    handicap: {
      label: 'Bir engel ya da hastalık hayatımı değiştiriyor',
      hint: 'Sizin ya da bir yakınınız için, çocuk ya da yetişkin.',
    },
    arrivee_france: {
      label: 'Fransa’ya yeni geldim',
      hint: 'İlk oturma izni, yurt dışından dönüş.',
    },
    deces_proche: { label: 'Bir yakınım öldü', hint: 'Eşim, çocukların diğer ebeveyni.' },
  },
};
export default tr;
