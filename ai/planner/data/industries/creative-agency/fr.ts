import type { IndustryCopy } from "../../../i18n/types";

export const fr = {
  label: "agence créative",
  kinds: {
    design: { noun: "studio de design", a: "un studio de design", the: "le studio" },
    marketing: { noun: "agence marketing", a: "une agence marketing", the: "l'agence" },
    video: { noun: "société de production vidéo", a: "une société de production vidéo", the: "la société de production" },
  },
  customers: "clients",
  offer: "des prestations créatives",
  team: "Chefs de projet",
  b2bAngle: "les contrats au mois pour les équipes marketing internes",
  overview:
    "Les clients choisissent une agence sur son portfolio, les recommandations et le feeling. L'essentiel des nouveaux contrats vient de la recommandation et d'une spécialité claire ; les agences généralistes se battent sur les prix face aux freelances et, de plus en plus, aux outils d'IA.",
  trends: [
    "Les clients veulent des spécialistes qui ont fait leurs preuves dans leur secteur plutôt que des généralistes",
    "Les outils d'IA banalisent la production simple : la valeur se déplace vers la stratégie et la qualité",
    "Les contrats récurrents et les offres packagées remplacent les projets ponctuels",
  ],
  competitors: [
    {
      name: "Grandes agences intégrées",
      strengths: "Clients prestigieux, large palette et prix",
      weaknesses: "Chères, lentes, équipes juniors sur les petits budgets",
      edge: "{name} offre des seniors, de la réactivité et un périmètre fixé",
    },
    {
      name: "Freelances et plateformes",
      strengths: "Coût bas et souplesse",
      weaknesses: "Capacité limitée, pas de stratégie, fiabilité variable",
      edge: "Une équipe fiable, avec une méthode et une vraie réflexion stratégique",
    },
    {
      name: "Équipes internes et outils d'IA",
      strengths: "Proches du métier et peu coûteux pour les tâches simples",
      weaknesses: "Compétences limitées et peu de regard extérieur",
      edge: "Une qualité de spécialiste et des idées pour lesquelles l'équipe interne n'a pas le temps",
    },
  ],
  swot: {
    strengths: ["Un portfolio solide et des talents créatifs", "Des relations proches avec les clients actuels"],
    weaknesses: [
      "Un flux de projets en dents de scie, dépendant des recommandations",
      "Des fondateurs partagés entre production et développement commercial",
    ],
    opportunities: [
      "Une niche claire (secteur ou service) qui facilite la recommandation",
      "Des offres packagées et contrats récurrents pour un chiffre d'affaires prévisible",
      "Des partenariats avec des agences et plateformes complémentaires",
    ],
    threats: [
      "La pression sur les prix des freelances et des outils d'IA",
      "Les coupes budgétaires des clients en période difficile",
    ],
  },
  segments: [
    {
      name: "Les responsables marketing d'entreprises en croissance",
      description: "Des responsables marketing d'entreprises de 20 à 200 personnes qui ont plus de travail que d'équipe",
      needs: ["Un partenaire fiable qui comprend la marque", "Un travail qui fait bouger les chiffres"],
    },
    {
      name: "Les fondateurs et dirigeants de petites entreprises",
      description: "Des dirigeants à qui il faut {offer} pour paraître professionnels et gagner des clients",
      needs: ["Un périmètre et un prix clairs", "Des conseils, pas seulement de l'exécution"],
    },
    {
      name: "Les autres agences et équipes internes",
      description: "Des équipes qui sous-traitent leurs pics de charge ou des travaux spécialisés",
      needs: ["Des délais courts", "Une fiabilité en marque blanche"],
    },
  ],
  personas: [
    {
      name: "Lisa, la responsable marketing débordée",
      summary: "Dirige une petite équipe marketing aux objectifs ambitieux et cherche un partenaire à qui confier la marque.",
      demographics: "30-45 ans, responsable marketing d'une entreprise en croissance",
      goals: ["Livrer des campagnes qui atteignent les objectifs", "Être reconnue par la direction"],
      painPoints: ["Les agences qui passent à côté du brief", "Les allers-retours sans fin"],
      objections: ["Nous avons eu une mauvaise expérience d'agence", "La validation du budget prend du temps"],
      quote: "Il me faut un partenaire qui vise juste du premier coup et me fait briller.",
    },
    {
      name: "Marco, le fondateur",
      summary: "Dirige une entreprise en croissance et sait que sa marque ou son marketing n'est plus au niveau de son produit.",
      demographics: "30-55 ans, fondateur d'une entreprise de 5 à 50 personnes",
      goals: ["Paraître aussi professionnel que des concurrents plus gros", "Gagner plus de clients"],
      painPoints: ["Ne pas savoir à quoi ressemble un bon résultat", "Des prix opaques"],
      objections: ["L'investissement en vaut-il la peine ?", "Combien de temps cela prendra-t-il ?"],
      quote: "Dites-moi ce que ça coûte, ce que j'obtiens, et montrez-moi que vous l'avez déjà fait.",
    },
  ],
  positioning: {
    need: "ont besoin de créations qui font bouger les chiffres, pas seulement jolies",
    benefit: "livre {offer} avec une stratégie senior et un périmètre clair",
    reason: "elle se spécialise dans des clients comme eux et mesure des résultats, pas seulement des livrables",
    promise: "Un travail créatif qui a de l'allure et fait bouger les chiffres, avec des seniors sur chaque projet.",
  },
  messages: [
    "Des seniors sur chaque projet",
    "Périmètre clair, prix fixe, aucune surprise",
    "Découvrez les résultats obtenus pour des clients comme vous",
  ],
  mix: {
    product:
      "{offer}, organisées en prestations définies et contrats récurrents, avec une offre d'entrée comme un atelier ou un audit.",
    price:
      "Forfaits et contrats mensuels ; tarif jour seulement pour les missions ouvertes ; phase de cadrage payante pour les grands projets.",
    place: "Travail surtout à distance, ateliers en présentiel quand c'est utile ; le site et le portfolio comme vitrine.",
    people: "Des seniors visibles sur le site et à chaque présentation ; un chef de projet attitré pour chaque client.",
    process:
      "Appel de découverte, proposition écrite sous trois jours, atelier de lancement, allers-retours convenus et bilan des résultats.",
    physicalEvidence: "Études de cas chiffrées, portfolio, logos clients, témoignages et prix.",
  },
  risks: [
    {
      risk: "La production absorbe le temps nécessaire au développement commercial",
      mitigation: "Bloquer chaque semaine du temps pour le développement et publier à rythme fixe",
      contingency: "Prioriser recommandations et anciens clients quand le pipeline se vide",
    },
    {
      risk: "Un gros client pèse trop lourd dans le chiffre d'affaires",
      mitigation: "Viser qu'aucun client ne dépasse 25 % du chiffre d'affaires",
      contingency: "Lancer immédiatement la prospection sur la liste cible et les offres packagées",
    },
  ],
  topics: [
    "Étude de cas : le brief, le travail, le résultat",
    "Notre point de vue sur une tendance du secteur",
    "Dans les coulisses d'un projet chez {name}",
    "Offre packagée expliquée : périmètre, délais, prix",
    "Newsletter clients : idées pour le prochain trimestre",
    "Témoignage client et merci pour la recommandation",
  ],
  questions: [
    "Quelle est la valeur moyenne de vos projets ou contrats, et combien de nouveaux clients pouvez-vous prendre par trimestre ?",
    "Quels secteurs et services vous apportent les meilleurs clients et les meilleures marges ?",
  ],
} satisfies IndustryCopy;
