// Accessibility-tree snapshots of the main patterns (roles, names, states), as a screen reader gets them.
import { themeStyleText } from '@passerelle/tokens';
import type { TemplateResult } from 'lit';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { page, userEvent } from 'vitest/browser';
import { playStory, removeStoryCanvases } from '../a11y/test-helpers.js';
import { type BlocksDemo, demo, fullForm } from './demo-host.stories.js';
import { EXAMPLES } from './examples.stories.js';

let style: HTMLStyleElement;
beforeAll(() => {
  style = document.createElement('style');
  style.textContent = themeStyleText('default', ':root');
  document.head.append(style);
});
afterAll(() => style.remove());
afterEach(removeStoryCanvases);

/** A template rendered as a story would be, for its accessibility tree. */
async function mount(tpl: TemplateResult) {
  const { el } = await playStory({ render: () => tpl }, 'passerelle-blocks-demo', 'fr');
  const host = el as BlocksDemo;
  return { host, root: host.shadowRoot as ShadowRoot, locator: page.elementLocator(host) };
}

const settle = async (host: BlocksDemo, ms = 0) => {
  await new Promise((r) => setTimeout(r, ms));
  await host.updateComplete;
};

describe('accessibility tree snapshots', () => {
  it('form after a failed submit', async () => {
    const { host, root, locator } = await mount(demo(fullForm));
    root.querySelector<HTMLButtonElement>('button[type=submit]')!.click();
    await settle(host);
    await expect.element(locator).toMatchAriaInlineSnapshot(`
      - paragraph: Étape 3 sur 7
      - progressbar "Étape 3 sur 7"
      - alert "Il y a 5 erreurs":
        - heading "Il y a 5 erreurs" [level=2]
        - paragraph: Corrigez les champs suivants :
        - list:
          - listitem:
            - link "Remplissez le champ « Prénom ».":
              - /url: #prenom
          - listitem:
            - link "Remplissez le champ « Revenus du mois ».":
              - /url: #revenus
          - listitem:
            - link "Écrivez votre date de naissance, par exemple 27 3 1985.":
              - /url: #naissance
          - listitem:
            - link "Choisissez une réponse pour « Êtes-vous locataire ? ».":
              - /url: #logement
          - listitem:
            - link "Choisissez une commune dans la liste des suggestions.":
              - /url: #commune
      - paragraph: Les champs marqués « obligatoire » doivent être remplis.
      - text: Prénom (obligatoire)
      - paragraph: Erreur : Remplissez le champ « Prénom ».
      - textbox "Prénom (obligatoire)"
      - text: Revenus du mois (obligatoire) En euros, par exemple 1 200,50
      - paragraph: Erreur : Remplissez le champ « Revenus du mois ».
      - textbox "Revenus du mois (obligatoire)"
      - group "Date de naissance (obligatoire)":
        - text: Date de naissance (obligatoire) Par exemple : 27 3 1985
        - paragraph: Erreur : Écrivez votre date de naissance, par exemple 27 3 1985.
        - text: Jour
        - textbox "Jour"
        - text: Mois
        - textbox "Mois"
        - text: Année
        - textbox "Année"
      - radiogroup "Êtes-vous locataire ? (obligatoire)":
        - text: Êtes-vous locataire ? (obligatoire)
        - paragraph: "Erreur : Choisissez une réponse pour « Êtes-vous locataire ? »."
        - radio "Oui"
        - text: Oui
        - radio "Non"
        - text: Non
        - radio "Je ne sais pas"
        - text: Je ne sais pas
      - group "Quelles aides recevez-vous déjà ?":
        - text: Quelles aides recevez-vous déjà ? Cochez toutes les réponses qui vous concernent.
        - checkbox "RSA"
        - text: RSA
        - checkbox "Aide au logement (APL)"
        - text: Aide au logement (APL)
        - checkbox "Allocations familiales"
        - text: Allocations familiales
      - text: Commune (obligatoire) Tapez les premières lettres ou le code postal.
      - paragraph: Erreur : Choisissez une commune dans la liste des suggestions.
      - combobox "Commune (obligatoire)"
      - status
      - button "Valider"
      - button "Effacer mes réponses"
      - status
    `);
  });

  it('choices filled', async () => {
    const { locator } = await mount(demo(EXAMPLES.choix('filled')));
    await expect.element(locator).toMatchAriaInlineSnapshot(`
      - radiogroup "Avez-vous des enfants à charge ? (obligatoire)":
        - text: Avez-vous des enfants à charge ? (obligatoire)
        - radio "Oui" [checked]
        - text: Oui
        - radio "Non"
        - text: Non
        - radio "Je ne sais pas"
        - text: Je ne sais pas
      - radiogroup "Votre situation (obligatoire)":
        - text: Votre situation (obligatoire) Une seule réponse.
        - radio "Je vis seul ou seule"
        - text: Je vis seul ou seule
        - radio "Je vis en couple" [checked]
        - text: Je vis en couple
        - radio "Je suis hébergé ou hébergée"
        - text: Je suis hébergé ou hébergée Chez un proche, sans payer de loyer.
      - group "Pour quoi cherchez-vous de l’aide ?":
        - text: Pour quoi cherchez-vous de l’aide ? Cochez toutes les réponses utiles.
        - checkbox "Logement" [checked]
        - text: Logement
        - checkbox "Santé"
        - text: Santé
        - checkbox "Emploi" [checked]
        - text: Emploi
    `);
  });

  it('open combobox with an active option', async () => {
    const { host, root, locator } = await mount(demo(EXAMPLES.commune('empty')));
    root.getElementById('commune')!.focus();
    await userEvent.keyboard('vi');
    await vi.waitFor(
      () => expect(root.getElementById('commune')!.getAttribute('aria-expanded')).toBe('true'),
      { timeout: 20_000 },
    );
    await userEvent.keyboard('{ArrowDown}');
    await settle(host);
    await expect.element(locator).toMatchAriaInlineSnapshot(`
      - text: Votre commune (obligatoire) Tapez les premières lettres ou le code postal.
      - combobox "Votre commune (obligatoire)" [expanded]: vi
      - listbox "Votre commune (obligatoire)":
        - option "Villeurbanne 69100 · Rhône" [selected]
      - status: 1 suggestion, utilisez les flèches haut et bas pour choisir
    `);
  });

  it('progress, alerts and status', async () => {
    const { locator } = await mount(demo(EXAMPLES.messages('filled')));
    await expect.element(locator).toMatchAriaInlineSnapshot(`
      - paragraph: Étape 3 sur 7
      - progressbar "Étape 3 sur 7"
      - heading "Information : Bon à savoir" [level=3]
      - text: "Vos réponses restent sur cet appareil. Rien n’est envoyé. C’est fait : Vos réponses sont enregistrées."
      - heading "Attention : Dossier incomplet" [level=3]
      - text: Il manque votre avis d’imposition. Prénom
      - textbox "Prénom"
      - text: Montant
      - textbox "Montant"
      - status: 12 partenaires trouvés près de Vénissieux
    `);
  });

  it('card, disclosure and open dialog', async () => {
    const { locator } = await mount(demo(EXAMPLES.structure('filled')));
    await expect.element(locator).toMatchAriaInlineSnapshot(`
      - group "Votre adresse":
        - text: Votre adresse Celle où vous recevez votre courrier. Numéro et rue
        - textbox "Numéro et rue": 12 rue des Lilas
        - text: Code postal
        - textbox "Code postal": "69200"
      - article "Revenu de solidarité active (RSA)":
        - heading "Revenu de solidarité active (RSA)" [level=3]
        - paragraph:
          - text: Vous pourriez recevoir environ
          - strong: 646,52 €
          - text: par mois.
        - text: Montant estimé, à confirmer par la CAF.
        - button "Faire la demande"
        - button "Voir les détails"
        - button "Ce n’est pas pour moi"
      - button "Pourquoi cette question ?" [expanded]
      - region "Pourquoi cette question ?":
        - paragraph: Le montant des aides dépend du nombre de personnes du foyer.
    `);
    removeStoryCanvases();
    const d = await mount(demo(EXAMPLES.dialogue('filled')));
    d.root.getElementById('ouvrir')!.click();
    await settle(d.host);
    await expect.element(d.locator).toMatchAriaInlineSnapshot(`
      - button "Effacer mes réponses"
      - status
      - dialog "Effacer toutes vos réponses ?":
        - heading "Effacer toutes vos réponses ?" [level=2]
        - paragraph: Elles seront supprimées de cet appareil.
        - button "Annuler"
        - button "Oui, tout effacer"
    `);
  });
});
