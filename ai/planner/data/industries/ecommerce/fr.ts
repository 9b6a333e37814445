import type { IndustryCopy } from "../../../i18n/types";

export const fr = {
  label: "e-commerce et vente directe (D2C)",
  kinds: {
    onlineStore: { noun: "boutique en ligne", a: "une boutique en ligne", the: "la boutique en ligne" },
    d2cBrand: { noun: "marque en vente directe", a: "une marque en vente directe", the: "la marque" },
    retailShop: { noun: "boutique indépendante", a: "une boutique indépendante", the: "la boutique" },
  },
  customers: "acheteurs",
  offer: "des produits bien faits",
  team: "Service client",
  b2bAngle: "les commandes en gros et cadeaux d'entreprise",
  overview:
    "Le commerce en ligne est saturé et le trafic payant coûte de plus en plus cher : les marques indépendantes gagnent grâce à une niche claire, de belles photos produit, des avis, et des achats répétés depuis leur propre liste e-mail plutôt que des ventes ponctuelles portées par la publicité.",
  trends: [
    "Le coût d'acquisition sur Meta et Google ne cesse d'augmenter : fidélisation et e-mail portent une part croissante de la marge",
    "Les acheteurs découvrent les produits sur TikTok et Instagram et lisent les avis avant d'acheter",
    "Les places de marché comme Amazon imposent des attentes de livraison rapide, gratuite et de retours faciles",
  ],
  competitors: [
    {
      name: "Amazon et la grande distribution",
      strengths: "Offre immense, livraison rapide, prix bas et paiement de confiance",
      weaknesses: "Pas d'histoire, pas de sélection, peu d'attention à la niche",
      edge: "{name} propose une sélection soignée, une histoire qui compte et un service personnel",
    },
    {
      name: "Autres marques indépendantes de la niche",
      strengths: "Produits proches, forte présence sur les réseaux et communauté fidèle",
      weaknesses: "Souvent dépendantes d'un seul canal et des promotions",
      edge: "Un parti pris plus net et un système d'avis, d'e-mails et de réachat",
    },
    {
      name: "Copies sans marque",
      strengths: "Moins chères et omniprésentes sur les places de marché et en publicité",
      weaknesses: "Qualité irrégulière, livraison lente, aucun service",
      edge: "Une qualité éprouvée, des matières honnêtes et un vrai service client",
    },
  ],
  swot: {
    strengths: [
      "Relation directe avec les clients et leurs données",
      "Capacité à lancer des produits et tester des offres rapidement",
    ],
    weaknesses: ["Dépendance à un trafic payant de plus en plus cher", "Notoriété limitée au-delà des abonnés actuels"],
    opportunities: [
      "Coffrets et abonnements qui augmentent le panier moyen et le réachat",
      "Partenariats créateurs et contenus clients qui servent aussi de visuels publicitaires",
      "Boutiques de cadeaux ou revendeurs qui exposent les produits à de nouveaux acheteurs",
    ],
    threats: ["Hausse des coûts publicitaires et changements de plateformes", "Copies vendues moins cher"],
  },
  segments: [
    {
      name: "Les passionnés de la niche",
      description:
        "Des personnes attachées à la catégorie qui se renseignent avant d'acheter : le cœur de clientèle pour {offer}",
      needs: ["Une qualité fiable et des détails sur la fabrication", "Une marque qui partage leurs valeurs"],
    },
    {
      name: "Les acheteurs de cadeaux",
      description: "Des personnes qui cherchent un cadeau attentionné, surtout avant les fêtes et les occasions",
      needs: ["Un emballage cadeau et une livraison à date", "Un choix facile grâce aux coffrets et guides"],
    },
    {
      name: "Les clients réguliers",
      description: "D'anciens acheteurs prêts à recommander ou à tester une nouveauté si on le leur rappelle",
      needs: ["Recommander facilement", "Accès en avant-première et avantages fidélité"],
    },
  ],
  personas: [
    {
      name: "Julie, l'acheteuse engagée",
      summary: "Achète moins mais mieux et suit de petites marques sur Instagram avant de les essayer.",
      demographics: "25-40 ans, citadine active, achète en ligne chaque semaine",
      goals: ["Trouver des produits qui valent leur prix et durent", "Soutenir des marques qui partagent ses valeurs"],
      painPoints: ["Des produits plus beaux en photo qu'en vrai", "Livraison lente et retours compliqués"],
      objections: ["Est-ce que ça vaut plus cher qu'Amazon ?", "Les frais de port au moment de payer"],
      quote: "Je paie un peu plus si je sais qui l'a fabriqué et que les avis sont vrais.",
    },
    {
      name: "Marc, le cadeau de dernière minute",
      summary: "Il lui faut vite un beau cadeau et il se fie à des avis clairs et à une date de livraison.",
      demographics: "30-55 ans, parent ou actif pressé, achète ses cadeaux en ligne",
      goals: ["Un cadeau qui fait personnel", "Une livraison à temps, sans stress"],
      painPoints: ["Des dates de livraison floues", "Trop de choix"],
      objections: ["Est-ce que ça arrivera à temps ?", "Pourrai-je le retourner si ça ne convient pas ?"],
      quote: "Dites-moi que ça arrive vendredi et que c'est joli dans la boîte, et j'achète.",
    },
  ],
  positioning: {
    need: "veulent {offer} de confiance sans fouiller parmi d'innombrables copies",
    benefit: "propose {offer} avec une commande simple et une réception soignée",
    reason: "elle maîtrise le produit, l'histoire et le service de bout en bout",
    promise: "Des produits de confiance, expédiés vite, par une marque qui répond.",
  },
  messages: [
    "Fait avec soin, et on vous montre comment",
    "Les clients adorent : lisez les avis",
    "Livraison rapide, retours faciles, de vraies personnes pour répondre",
  ],
  mix: {
    product:
      "Une gamme resserrée, centrée sur {offer}, avec des best-sellers, des coffrets et un nouveau produit ou une nouvelle déclinaison chaque trimestre.",
    price:
      "Au-dessus des alternatives grand public et justifié par la qualité ; coffrets et seuils de livraison gratuite plutôt que des remises généralisées.",
    place: "La boutique en ligne en priorité, complétée par les places de marché pour la portée et par des revendeurs choisis.",
  },
  risks: [
    {
      risk: "Les coûts publicitaires montent et les réseaux payants ne sont plus rentables",
      mitigation: "Développer la liste e-mail et le réachat pour que la marge ne dépende pas de la publicité",
      contingency: "Basculer le budget vers les créateurs, le SEO et l'e-mail et couper les ensembles d'annonces non rentables",
    },
    {
      risk: "Ruptures de stock ou retards de livraison provoquent de mauvais avis au pire moment",
      mitigation: "Anticiper les stocks pour les pics et afficher des délais honnêtes",
      contingency: "Prévenir d'abord les clients concernés, avec une date claire et un petit geste",
    },
  ],
  topics: [
    "Comment c'est fabriqué : {offer} dans les coulisses de {name}",
    "Trois façons d'utiliser ou d'associer notre best-seller",
    "L'avis client de la semaine, avec ses mots",
    "Coffret ou guide cadeaux avec une date de livraison claire",
    "Conseils d'entretien et rappel de réachat pour les clients",
    "Déballages et publications partagées par les clients",
  ],
  questions: [
    "Quels sont votre panier moyen, votre marge brute et votre taux de réachat actuel ?",
    "Quels produits se vendent le mieux aujourd'hui, et par quel canal ?",
  ],
} satisfies IndustryCopy;
