import type { KpiPack } from "../../../i18n/types";

export const frKpis: KpiPack = {
  "google-reviews": {
    name: "Avis Google",
    definition: "Nombre total d'avis publics sur Google, compté le 1er de chaque mois",
    unit: "avis",
  },
  "weekly-transactions": {
    name: "Ventes hebdomadaires",
    definition: "Tickets de caisse par semaine, d'après la caisse",
    unit: "ventes/semaine",
  },
  "repeat-rate": {
    name: "Taux de clients fidèles",
    definition: "Part des clients du mois ayant déjà acheté dans les 60 jours précédents",
    unit: "%",
  },
  "conversion-rate": {
    name: "Taux de conversion",
    definition: "Achats ou réservations divisés par les visites du site",
    unit: "%",
  },
  "online-orders": { name: "Commandes en ligne", definition: "Commandes passées sur le site par mois", unit: "commandes/mois" },
  "email-subscribers": { name: "Abonnés e-mail", definition: "Abonnés actifs de la liste e-mail", unit: "abonnés" },
  cac: {
    name: "Coût d'acquisition client",
    definition: "Dépenses marketing divisées par les nouveaux clients du même mois",
    unit: "par client",
  },
  roas: {
    name: "Retour sur dépenses publicitaires",
    definition: "Chiffre d'affaires attribué aux annonces divisé par leur coût",
    unit: "x",
  },
  "qualified-leads": {
    name: "Leads qualifiés",
    definition: "Demandes qui correspondent au client cible et expriment un vrai besoin",
    unit: "leads/mois",
  },
  "demo-bookings": {
    name: "Démos réservées",
    definition: "Démonstrations du produit réservées avec des prospects qualifiés",
    unit: "démos/mois",
  },
  "trial-to-paid": {
    name: "Conversion essai vers payant",
    definition: "Part des essais ou utilisateurs gratuits qui deviennent clients payants",
    unit: "%",
  },
  "monthly-churn": { name: "Attrition mensuelle", definition: "Part des clients payants qui résilient dans le mois", unit: "%" },
  consultations: {
    name: "Premiers rendez-vous",
    definition: "Premiers appels ou consultations réservés avec des clients potentiels",
    unit: "rendez-vous/mois",
  },
  "referral-share": {
    name: "Part des nouveaux clients recommandés",
    definition: "Nouveaux clients citant un parrain, rapportés à l'ensemble des nouveaux clients",
    unit: "%",
  },
  "new-members": {
    name: "Nouveaux membres",
    definition: "Nouveaux abonnements payants démarrés dans le mois",
    unit: "membres/mois",
  },
  "class-fill-rate": {
    name: "Taux de remplissage des cours",
    definition: "Places réservées divisées par places disponibles",
    unit: "%",
  },
  "rebooking-rate": {
    name: "Taux de reprise de rendez-vous",
    definition: "Clients qui réservent leur prochain rendez-vous avant de partir",
    unit: "%",
  },
  appointments: { name: "Rendez-vous", definition: "Rendez-vous honorés par mois", unit: "rendez-vous/mois" },
  enrolments: {
    name: "Nouvelles inscriptions",
    definition: "Nouveaux élèves ou apprenants qui paient un cours ou un trimestre",
    unit: "inscriptions/mois",
  },
  "valuation-requests": {
    name: "Demandes d'estimation",
    definition: "Propriétaires demandant l'estimation de leur bien",
    unit: "demandes/mois",
  },
  "direct-booking-share": {
    name: "Part des réservations directes",
    definition: "Réservations faites sur le site ou par téléphone, rapportées à l'ensemble des réservations",
    unit: "%",
  },
  "occupancy-rate": {
    name: "Taux d'occupation",
    definition: "Nuits ou places réservées divisées par celles disponibles",
    unit: "%",
  },
  "new-donors": {
    name: "Nouveaux donateurs",
    definition: "Personnes ou organisations qui donnent pour la première fois",
    unit: "donateurs/mois",
  },
  "recurring-donors": { name: "Donateurs réguliers", definition: "Donateurs mensuels ou réguliers actifs", unit: "donateurs" },
  "quote-requests": { name: "Demandes de devis", definition: "Demandes de devis de clients potentiels", unit: "demandes/mois" },
  "quote-win-rate": {
    name: "Taux de transformation des devis",
    definition: "Devis ou propositions acceptés divisés par ceux envoyés",
    unit: "%",
  },
  "jobs-booked": {
    name: "Chantiers réservés",
    definition: "Interventions confirmées au planning par mois",
    unit: "interventions/mois",
  },
  "app-installs": {
    name: "Installations de l'app",
    definition: "Nouvelles installations sur les stores",
    unit: "installations/mois",
  },
  "day30-retention": {
    name: "Rétention à 30 jours",
    definition: "Part des nouveaux utilisateurs encore actifs 30 jours après l'installation",
    unit: "%",
  },
  "store-rating": { name: "Note sur les stores", definition: "Note moyenne sur les stores d'applications", unit: "étoiles" },
  "engagement-rate": {
    name: "Taux d'engagement sur les réseaux",
    definition: "J'aime, commentaires, partages et enregistrements divisés par la portée",
    unit: "%",
  },
  "website-visitors": { name: "Visiteurs du site", definition: "Visiteurs uniques du site par mois", unit: "visiteurs/mois" },
  "social-followers": { name: "Abonnés sur les réseaux", definition: "Abonnés du compte social principal", unit: "abonnés" },
  "monthly-reach": {
    name: "Portée mensuelle",
    definition: "Personnes touchées via les réseaux, la recherche et les fiches locales",
    unit: "personnes/mois",
  },
  revenue: {
    name: "Chiffre d'affaires mensuel",
    definition: "Chiffre d'affaires du mois comparé au mois précédant le début du plan",
    unit: "%",
  },
};
